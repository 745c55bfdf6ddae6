import "server-only";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import type { LineStepsJson } from "./line-steps";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { formatMoney } from "../i18n/format";
import { ageOn, type Reason, type StepKind } from "../rules";
import type { Prisma } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import { addWorkingDays } from "../cover/working-days";
import { copenhagenDay } from "../i18n/format";

/**
 * CLM-7 settlement notes. A note is issued once, when a claim is decided (automatically or by a
 * handler), and frozen: `content` holds everything the member page and the PDF show, in both
 * languages, so a later plan change or translation edit never rewrites an issued decision.
 */

export type LineOutcomeCode = "APPROVED" | "PARTLY_APPROVED" | "REJECTED" | "NEEDS_INFORMATION" | "NEEDS_REVIEW";

/** What a handler changed on a line, kept on the line (ClaimLine.steps.adjustment) and in the note. */
export interface Localised {
  da: string;
  en: string;
}

export interface SettlementStep {
  kind: StepKind | "adjustment";
  ruleId: string | null;
  amountMinor: number;
  changeMinor: number;
  da: string;
  en: string;
}

export interface SettlementLine {
  lineNo: number;
  date: string;
  category: { code: string; label: Localised };
  providerName: string;
  outcome: LineOutcomeCode;
  claimedMinor: number;
  eligibleMinor: number;
  /** The amount after the coverage percentage (BEN-1), before caps. */
  coverageMinor: number;
  /** Sum of the cap steps (negative or 0). */
  capsMinor: number;
  deductibleMinor: number;
  /** Sum of reductions (PA-4, PA-6) and the handler's adjustment (negative or 0). */
  reductionsMinor: number;
  paidMinor: number;
  memberShareMinor: number;
  steps: SettlementStep[];
  reasons: Reason[];
  adjustment: { ruleId: string | null; reason: string } | null;
}

export interface SettlementContent {
  version: 1;
  claimNumber: string;
  currency: string;
  decidedOn: string;
  decidedBy: "automatic" | "handler";
  patientName: string;
  lines: SettlementLine[];
  /** deductibleMinor is a change (0 or negative), like the line's caps/deductible/reductions. */
  totals: { claimedMinor: number; eligibleMinor: number; deductibleMinor: number; payableMinor: number; memberShareMinor: number };
  payee: { name: string; accountMasked: string | null };
  paymentDate: string | null;
}

/** One decided claim line as read from the database (ClaimLine + its plan label). */
export interface DecidedLineInput {
  lineNo: number;
  treatmentDate: string;
  category: string;
  categoryLabel: Localised;
  providerName: string;
  amountMinor: number;
  outcome: LineOutcomeCode;
  eligibleMinor: number | null;
  payableMinor: number;
  memberShareMinor: number | null;
  steps: LineStepsJson | null;
}

export interface SettlementInput {
  claimNumber: string;
  currency: string;
  decidedAt: Date;
  decidedBy: "automatic" | "handler";
  patientName: string;
  payeeName: string;
  bankAccountNo: string | null;
  lines: DecidedLineInput[];
}

/** "•••• 5678": enough for the member to recognise the account, never the whole number. */
export function maskAccount(accountNo: string | null | undefined): string | null {
  const digits = (accountNo ?? "").replace(/\D/g, "");
  if (digits.length < 4) return null;
  return `•••• ${digits.slice(-4)}`;
}

/** CLM-5: refund within 2 weeks = 10 working days after the decision. Nothing to pay → no payment date. */
export function paymentDateFor(decidedOn: string, payableMinor: number): string | null {
  return payableMinor > 0 ? addWorkingDays(decidedOn, 10) : null;
}

const sumChanges = (steps: readonly { kind: string; changeMinor: number }[], kinds: readonly string[]) =>
  steps.filter((step) => kinds.includes(step.kind)).reduce((sum, step) => sum + step.changeMinor, 0);

function money(minor: number, currency: string): Localised {
  return { da: formatMoney(minor, currency, "da"), en: formatMoney(minor, currency, "en") };
}

/**
 * One line of the note. Engine steps are kept as they were; when a handler changed the amount,
 * an "adjustment" step with the handler's reason is inserted and the payable / member-share steps
 * are restated with the final amounts, so the arithmetic on the note always adds up.
 */
export function buildSettlementLine(line: DecidedLineInput, currency: string): SettlementLine {
  const engineSteps = line.steps?.steps ?? [];
  const adjustment = line.steps?.adjustment ?? null;
  const claimed = line.amountMinor;
  const paid = line.outcome === "REJECTED" ? 0 : line.payableMinor;
  const memberShare = line.memberShareMinor ?? claimed - paid;
  const coverageStep = engineSteps.find((step) => step.kind === "coverage");

  let steps: SettlementStep[] = engineSteps.map((step) => ({ ...step }));
  if (adjustment) {
    const before = steps.filter((step) => step.kind !== "payable" && step.kind !== "member_share");
    const running = before.at(-1)?.amountMinor ?? adjustment.proposedPayableMinor;
    const m = money(paid, currency);
    const share = money(memberShare, currency);
    const change = paid - running;
    const adjustmentStep: SettlementStep =
      adjustment.kind === "rejected"
        ? {
            kind: "adjustment",
            ruleId: adjustment.ruleId,
            amountMinor: 0,
            changeMinor: -running,
            da: `Afvist af sagsbehandler: ${adjustment.reason}`,
            en: `Rejected by the claims handler: ${adjustment.reason}`,
          }
        : {
            kind: "adjustment",
            ruleId: adjustment.ruleId,
            amountMinor: paid,
            changeMinor: change,
            da: `Ændret af sagsbehandler til ${m.da}: ${adjustment.reason}`,
            en: `Changed by the claims handler to ${m.en}: ${adjustment.reason}`,
          };
    steps = [
      ...before,
      adjustmentStep,
      { kind: "payable", ruleId: "BEN-7", amountMinor: paid, changeMinor: 0, da: `Udbetales: ${m.da}`, en: `Paid: ${m.en}` },
      { kind: "member_share", ruleId: "BEN-7", amountMinor: memberShare, changeMinor: 0, da: `Din egen andel: ${share.da}`, en: `Your share: ${share.en}` },
    ];
  }

  return {
    lineNo: line.lineNo,
    date: line.treatmentDate,
    category: { code: line.category, label: line.categoryLabel },
    providerName: line.providerName,
    outcome: line.outcome,
    claimedMinor: claimed,
    eligibleMinor: line.eligibleMinor ?? claimed,
    coverageMinor: coverageStep?.amountMinor ?? paid,
    capsMinor: sumChanges(steps, ["cap"]),
    deductibleMinor: sumChanges(steps, ["deductible"]),
    reductionsMinor: sumChanges(steps, ["reduction", "adjustment"]),
    paidMinor: paid,
    memberShareMinor: memberShare,
    steps,
    reasons: line.steps?.reasons ?? [],
    adjustment: adjustment ? { ruleId: adjustment.ruleId, reason: adjustment.reason } : null,
  };
}

/** Pure: the frozen content of a settlement note. */
export function buildSettlementContent(input: SettlementInput): SettlementContent {
  const lines = [...input.lines].sort((a, b) => a.lineNo - b.lineNo).map((line) => buildSettlementLine(line, input.currency));
  const totals = {
    claimedMinor: lines.reduce((sum, line) => sum + line.claimedMinor, 0),
    eligibleMinor: lines.reduce((sum, line) => sum + line.eligibleMinor, 0),
    deductibleMinor: lines.reduce((sum, line) => sum + line.deductibleMinor, 0),
    payableMinor: lines.reduce((sum, line) => sum + line.paidMinor, 0),
    memberShareMinor: lines.reduce((sum, line) => sum + line.memberShareMinor, 0),
  };
  const decidedOn = copenhagenDay(input.decidedAt);
  return {
    version: 1,
    claimNumber: input.claimNumber,
    currency: input.currency,
    decidedOn,
    decidedBy: input.decidedBy,
    patientName: input.patientName,
    lines,
    totals,
    payee: { name: input.payeeName, accountMasked: maskAccount(input.bankAccountNo) },
    paymentDate: paymentDateFor(decidedOn, totals.payableMinor),
  };
}

type Tx = Prisma.TransactionClient;

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
      person: { select: { firstName: true, lastName: true, birthDate: true, bankAccountNo: true } },
      lines: { orderBy: { lineNo: "asc" } },
    },
  });
  const decidedOn = copenhagenDay(input.decidedAt);
  let payee = claim.person;
  if (ageOn(claim.person.birthDate.toISOString().slice(0, 10), decidedOn) < 18) {
    const main = await tx.enrolment.findFirst({
      where: { policyId: claim.policyId, role: { in: ["MAIN", "EMPLOYEE"] } },
      orderBy: { startDate: "asc" },
      select: { person: { select: { firstName: true, lastName: true, birthDate: true, bankAccountNo: true } } },
    });
    if (main) payee = main.person;
  }

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
  const note = await tx.settlementNote.create({
    data: {
      claimId: input.claimId,
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
    },
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

export type { LineAdjustment, LineStepsJson } from "./line-steps";
