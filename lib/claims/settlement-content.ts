import { addWorkingDays } from "../cover/working-days";
import { copenhagenDay, formatMoney } from "../i18n/format";
import type { Reason, StepKind } from "../rules";
import type { LineStepsJson } from "./line-steps";

/**
 * CLM-7 settlement notes. A note is issued once, when a claim is decided (automatically or by a
 * handler), and frozen: `content` holds everything the member page and the PDF show, in both
 * languages, so a later plan change or translation edit never rewrites an issued decision.
 * This file is that content, pure (client components read its types); ./settlement.ts issues and
 * loads notes.
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
    // A line paying nothing is refused, whatever older decisions stored (issue 14 point 7).
    outcome: paid === 0 && claimed > 0 ? "REJECTED" : line.outcome,
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
