import crypto from "node:crypto";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import { DEMO_USERS } from "../db/seed/demo-data";
import { addWorkingDays } from "../cover/working-days";
import { toLocale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";

/** Test-only helpers for integration tests on a seedDemo database (jobs, claims, cover). */

/** A demo user as the services see them once signed in. */
export async function demoUser(db: Db, email: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { person: true } });
  return {
    userId: user.id,
    sessionId: crypto.randomUUID(),
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: toLocale(user.locale),
    person: user.person ? { id: user.person.id, firstName: user.person.firstName, lastName: user.person.lastName, memberNumber: user.person.memberNumber } : null,
    policyNumber: null,
    employer: null,
  };
}

/** The demo Jensen family's person ids: Mette (main insured), Lars (adult spouse, no consent) and Emma (child). */
export async function jensenFamily(db: Db): Promise<{ mette: string; lars: string; emma: string }> {
  const people = await db.person.findMany({ where: { firstName: { in: ["Mette", "Lars", "Emma"] }, lastName: "Jensen" } });
  const id = (first: string) => people.find((p) => p.firstName === first)!.id;
  return { mette: id("Mette"), lars: id("Lars"), emma: id("Emma") };
}

export async function demoRefs(db: Db) {
  const mette = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.mainInsured.email }, include: { person: true } });
  const handler = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.handler.email } });
  const policy = await db.policy.findFirstOrThrow({ where: { enrolments: { some: { personId: mette.personId! } } } });
  return { mette, mettePerson: mette.person!, handler, policy };
}

export const daysAgo = (n: number, from = new Date()) => copenhagenDay(new Date(from.getTime() - n * 86_400_000));

export interface TestLine {
  category: string;
  amountMinor: number;
  date?: string;
  referralPresent?: boolean;
  prescriptionPresent?: boolean;
  receiptPresent?: boolean;
  providerId?: string;
}

/** A SUBMITTED claim as the submit action leaves it (status, submittedAt, dueAt, RECEIVED event). */
export async function createSubmittedClaim(
  db: Db,
  input: { policyId: string; personId: string; userId: string; lines: TestLine[]; submittedAt?: Date; extra?: Partial<Prisma.ClaimUncheckedCreateInput> },
) {
  const submittedAt = input.submittedAt ?? new Date();
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        number: await nextNumber(tx, "C", 2026),
        policyId: input.policyId,
        personId: input.personId,
        submittedById: input.userId,
        status: "SUBMITTED",
        currency: "DKK",
        diagnosis: "Test",
        claimedTotalMinor: input.lines.reduce((sum, line) => sum + line.amountMinor, 0),
        submittedAt,
        dueAt: new Date(`${addWorkingDays(copenhagenDay(submittedAt), 5)}T15:00:00Z`),
        ...input.extra,
        lines: {
          create: input.lines.map((line, index) => ({
            lineNo: index + 1,
            treatmentDate: new Date(`${line.date ?? daysAgo(3, submittedAt)}T00:00:00Z`),
            category: line.category,
            providerId: line.providerId ?? null,
            providerName: "Lægehuset Test",
            country: "DK",
            amountMinor: line.amountMinor,
            currency: "DKK",
            referralPresent: line.referralPresent ?? true,
            prescriptionPresent: line.prescriptionPresent ?? false,
            receiptPresent: line.receiptPresent ?? true,
          })),
        },
      },
      include: { lines: true },
    });
    await tx.claimEvent.create({ data: { claimId: claim.id, kind: "RECEIVED", actorUserId: input.userId, createdAt: submittedAt } });
    return claim;
  });
}
