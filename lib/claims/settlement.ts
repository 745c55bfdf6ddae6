import "server-only";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import { copenhagenDay } from "../i18n/format";
import { ageOn } from "../rules";
import type { LineStepsJson } from "./line-steps";
import { buildSettlementContent, type LineOutcomeCode, type Localised, type SettlementContent } from "./settlement-content";

/** CLM-7 settlement notes: issued once, inside the deciding transaction, and read by the member page, the PDF and the handler. Content: ./settlement-content.ts. */

type Tx = Prisma.TransactionClient;

const PAYEE_SELECT = { firstName: true, lastName: true, birthDate: true, bankAccountNo: true } as const;
type Payee = Prisma.PersonGetPayload<{ select: typeof PAYEE_SELECT }>;

/** The treated person when an adult on the decision day, otherwise the policy's main insured. */
async function payeeOf(tx: Tx, claim: { policyId: string; person: Payee }, decidedOn: string): Promise<Payee> {
  if (ageOn(claim.person.birthDate.toISOString().slice(0, 10), decidedOn) >= 18) return claim.person;
  const main = await tx.enrolment.findFirst({
    where: { policyId: claim.policyId, role: { in: ["MAIN", "EMPLOYEE"] } },
    orderBy: { startDate: "asc" },
    select: { person: { select: PAYEE_SELECT } },
  });
  return main?.person ?? claim.person;
}

/**
 * Issues the settlement note of a claim that was just set to DECIDED, inside the deciding
 * transaction (number from the "SN" series, event SETTLEMENT_ISSUED). Payee: the treated person
 * when an adult, otherwise the policy's main insured (a child's refund goes to the parent).
 */
export async function issueSettlementNote(
  tx: Tx,
  input: { claimId: string; decidedAt: Date; decidedBy: "automatic" | "handler"; actorUserId: string | null; planLabel: (code: string) => Localised },
): Promise<{ id: string; number: string }> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: input.claimId },
    select: {
      number: true,
      currency: true,
      policyId: true,
      person: { select: PAYEE_SELECT },
      lines: { orderBy: { lineNo: "asc" } },
    },
  });
  const decidedOn = copenhagenDay(input.decidedAt);
  const payee = await payeeOf(tx, claim, decidedOn);

  const content = buildSettlementContent({
    claimNumber: claim.number,
    currency: claim.currency,
    decidedAt: input.decidedAt,
    decidedBy: input.decidedBy,
    patientName: `${claim.person.firstName} ${claim.person.lastName}`,
    payeeName: `${payee.firstName} ${payee.lastName}`,
    bankAccountNo: payee.bankAccountNo,
    lines: claim.lines.map((line) => ({
      lineNo: line.lineNo,
      treatmentDate: line.treatmentDate.toISOString().slice(0, 10),
      category: line.category,
      categoryLabel: input.planLabel(line.category),
      providerName: line.providerName,
      amountMinor: line.amountMinor,
      outcome: (line.outcome ?? "REJECTED") as LineOutcomeCode,
      eligibleMinor: line.eligibleMinor,
      payableMinor: line.payableMinor ?? 0,
      memberShareMinor: line.memberShareMinor,
      steps: (line.steps as unknown as LineStepsJson | null) ?? null,
    })),
  });

  const number = await nextNumber(tx, "SN", Number(decidedOn.slice(0, 4)));
  const data = {
    number,
    currency: claim.currency,
    claimedTotalMinor: content.totals.claimedMinor,
    payableTotalMinor: content.totals.payableMinor,
    memberShareMinor: content.totals.memberShareMinor,
    payeeName: content.payee.name,
    payeeAccountMasked: content.payee.accountMasked,
    paymentDate: content.paymentDate ? new Date(`${content.paymentDate}T00:00:00.000Z`) : null,
    content: content as unknown as Prisma.InputJsonValue,
    issuedAt: input.decidedAt,
  };
  // A claim decided again after an upheld complaint (CLM-5) gets a new note in place of the old
  // one (one note per claim); the old number stays in its SETTLEMENT_ISSUED event.
  const note = await tx.settlementNote.upsert({
    where: { claimId: input.claimId },
    create: { claimId: input.claimId, ...data },
    update: data,
    select: { id: true, number: true },
  });
  await tx.claimEvent.create({
    data: { claimId: input.claimId, kind: "SETTLEMENT_ISSUED", actorUserId: input.actorUserId, data: { settlementNoteId: note.id, number }, createdAt: input.decidedAt },
  });
  return note;
}

export interface SettlementNoteView {
  claimId: string;
  personId: string;
  number: string;
  issuedAt: string;
  content: SettlementContent;
}

/**
 * The settlement note of a claim for whoever asks: a member who may see the patient's health data
 * (FAM-7) or a handler of the claim's insurer. Anyone else — and a claim without a note — gets
 * null (→ 404). The read is audited ("claim.read", whose data = the patient).
 */
export async function loadSettlementNoteFor(
  db: Db,
  user: CurrentUser,
  claimId: string,
  meta: { ip?: string | null; via: string },
): Promise<SettlementNoteView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) return null;
  const note = await db.settlementNote.findUnique({
    where: { claimId },
    select: {
      number: true,
      issuedAt: true,
      content: true,
      claim: { select: { personId: true, status: true, submittedById: true, policy: { select: { insurerId: true } } } },
    },
  });
  if (!note) return null;
  const claim = { ...note.claim, insurerId: note.claim.policy.insurerId };
  if (!can(await loadActor(db, user), "settlement.read", claim)) return null;
  await writeAudit(db, {
    actorUserId: user.userId,
    action: "claim.read",
    subjectType: "Claim",
    subjectId: claimId,
    personId: note.claim.personId,
    ip: meta.ip ?? null,
    metadata: { via: meta.via, number: note.number },
  });
  return {
    claimId,
    personId: note.claim.personId,
    number: note.number,
    issuedAt: note.issuedAt.toISOString(),
    content: note.content as unknown as SettlementContent,
  };
}
