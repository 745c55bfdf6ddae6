/**
 * Integration-test fixtures of the follow-up slice: a family on the Cigna Global plan (main
 * insured, spouse, child), an unrelated member, and claims in any state. Only *.int.test.ts import it.
 */
import crypto from "node:crypto";
import type { CurrentUser } from "../auth/current-user.types";
import type { ClaimStatus, Person, Prisma, User } from "../db/generated/client";
import { cignaGlobalPlan } from "../rules/plans";
import { createEnrolment, createPerson, createPlan, createPolicy, createUser, day, testDb, unique } from "./db";

export function asMember(user: User, person: Person): CurrentUser {
  return {
    userId: user.id,
    sessionId: "test-session",
    email: user.email,
    displayName: `${person.firstName} ${person.lastName}`,
    roles: ["MEMBER"],
    locale: "en",
    person: { id: person.id, firstName: person.firstName, lastName: person.lastName, memberNumber: person.memberNumber },
    policyNumber: null,
    employer: null,
  };
}

export async function family() {
  const plan = await createPlan({ schedule: cignaGlobalPlan as unknown as Prisma.InputJsonValue, code: unique("cigna-") });
  const policy = await createPolicy({ planId: plan.id });
  const main = await createPerson({ firstName: "Mette", lastName: "Jensen", birthDate: day("1984-03-12") });
  const spouse = await createPerson({ firstName: "Lars", lastName: "Jensen", birthDate: day("1982-09-30") });
  const child = await createPerson({ firstName: "Emma", lastName: "Jensen", birthDate: day("2016-05-04") });
  for (const [person, role] of [[main, "MAIN"], [spouse, "SPOUSE"], [child, "CHILD"]] as const) {
    await createEnrolment({ personId: person.id, policyId: policy.id, role });
  }
  const mainUser = await createUser({ personId: main.id, displayName: "Mette Jensen" });
  const spouseUser = await createUser({ personId: spouse.id, displayName: "Lars Jensen" });
  const handler = await createUser({ roles: ["CLAIMS_HANDLER"], displayName: "Karin Holm", insurerId: policy.insurerId });
  return { plan, policy, main, spouse, child, mainUser, spouseUser, handler, mainMember: asMember(mainUser, main), spouseMember: asMember(spouseUser, spouse) };
}

export async function otherMember() {
  const plan = await createPlan({ schedule: cignaGlobalPlan as unknown as Prisma.InputJsonValue, code: unique("cigna-") });
  const policy = await createPolicy({ planId: plan.id });
  const person = await createPerson({ firstName: "Anders", lastName: "Nielsen" });
  await createEnrolment({ personId: person.id, policyId: policy.id, role: "MAIN" });
  const user = await createUser({ personId: person.id });
  return { policy, person, user, member: asMember(user, person) };
}

export interface ClaimFixture {
  policyId: string;
  personId: string;
  submittedById: string;
  status?: ClaimStatus;
  createdAt?: Date;
  lines?: { date: string; category: string; amountMinor: number; outcome?: "APPROVED" | "PARTLY_APPROVED" | "REJECTED"; payableMinor?: number; steps?: Prisma.InputJsonValue }[];
  events?: { kind: Prisma.ClaimEventCreateManyInput["kind"]; at: string; data?: Prisma.InputJsonValue }[];
}

export async function createClaim(input: ClaimFixture) {
  const lines = input.lines ?? [{ date: "2026-11-01", category: "gp_consultation", amountMinor: 60_000 }];
  const status = input.status ?? "SUBMITTED";
  const decided = status === "DECIDED" || status === "PAID";
  const createdAt = input.createdAt ?? new Date();
  return testDb().claim.create({
    data: {
      number: unique("C-T-"),
      policyId: input.policyId,
      personId: input.personId,
      submittedById: input.submittedById,
      status,
      currency: "DKK",
      claimedTotalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
      payableTotalMinor: decided ? lines.reduce((sum, line) => sum + (line.payableMinor ?? 0), 0) : null,
      submittedAt: status === "DRAFT" ? null : createdAt,
      dueAt: status === "DRAFT" ? null : new Date(createdAt.getTime() + 7 * 86_400_000),
      decidedAt: decided ? createdAt : null,
      createdAt,
      lines: {
        create: lines.map((line, index) => ({
          lineNo: index + 1,
          treatmentDate: day(line.date),
          category: line.category,
          providerName: "Lægehuset",
          country: "DK",
          amountMinor: line.amountMinor,
          currency: "DKK",
          outcome: decided ? (line.outcome ?? "APPROVED") : null,
          payableMinor: decided ? (line.payableMinor ?? 0) : null,
          memberShareMinor: decided ? line.amountMinor - (line.payableMinor ?? 0) : null,
          steps: line.steps,
        })),
      },
      events: { create: (input.events ?? []).map((event) => ({ kind: event.kind, createdAt: new Date(event.at), data: event.data })) },
    },
    include: { lines: true },
  });
}

/** A stored upload row (the bytes are irrelevant here), owned by `ownerUserId`, not attached. */
export async function createUpload(ownerUserId: string, name = "henvisning æøå.pdf") {
  return testDb().document.create({
    data: {
      storageKey: crypto.randomUUID(),
      originalName: name,
      mimeType: "application/pdf",
      sizeBytes: 12_345,
      sha256: crypto.createHash("sha256").update(name).digest("hex"),
      ownerUserId,
    },
  });
}
