import "server-only";
import type { Db } from "../db/client";
import type { ClaimLine, Prisma } from "../db/generated/client";
import { kickOutbox } from "../mail/outbox";
import { queueClaimUpdateMail } from "./mail/notify";
import { evaluateClaim, type ClaimCase, type ClaimDecision, type LineDecision, type LineOutcome, type Plan } from "../rules";
import { claimCaseOf, lineIndexOf, type CaseClaim, type CaseLine, type TreatmentSettingCode } from "./claim-case";
import { loadClaimFacts } from "../cover/facts";
import { planById } from "../cover/plan-lookup";
import { stepsJsonOf } from "./line-steps";
import { CLAIM_TO_DECIDE, issueDecision, type ClaimToDecide } from "./decision";
import type { LineOutcomeCode } from "./settlement-content";
import { copenhagenDay } from "../i18n/format";

/**
 * Automatic adjudication (issue §8). Runs in the pg-boss worker after submit; may run more than
 * once for the same claim (retries, the sweeper, two workers). It decides only a claim that is
 * still SUBMITTED: the status change is a conditional update inside the deciding transaction, so
 * exactly one run wins and every other run finds count = 0 and does nothing.
 */

export type AdjudicationOutcome = "decided" | "in_review" | "skipped";

const DECIDABLE: ReadonlySet<LineOutcome> = new Set(["approved", "partly_approved", "rejected"]);

export const OUTCOME_CODE: Record<LineOutcome, LineOutcomeCode> = {
  approved: "APPROVED",
  partly_approved: "PARTLY_APPROVED",
  rejected: "REJECTED",
  needs_information: "NEEDS_INFORMATION",
  needs_review: "NEEDS_REVIEW",
};

/** Pairs each claim line (in lineNo order) with its line decision; buildClaimCase ids lines by index ("0", "1", …). */
export function matchLineDecisions<L extends Pick<ClaimLine, "id" | "lineNo">>(lines: readonly L[], decision: ClaimDecision): { line: L; decision: LineDecision }[] {
  const sorted = [...lines].sort((a, b) => a.lineNo - b.lineNo);
  return sorted.map((line, index) => {
    const match = decision.lines.find((d) => lineIndexOf(d.lineId) === index) ?? decision.lines[index];
    if (!match) throw new Error(`No decision for line ${line.lineNo} of claim ${decision.claimId}`);
    return { line, decision: match };
  });
}

/** "needs_information: CLM-4 (1); needs_review: CLM-3 (2)" — rule ids and line numbers; the UI translates from engineDecision. */
export function reviewReasonOf(pairs: readonly { line: { lineNo: number }; decision: LineDecision }[]): string {
  const parts: string[] = [];
  for (const { line, decision } of pairs) {
    if (DECIDABLE.has(decision.outcome)) continue;
    const rules = [...new Set(decision.reasons.map((reason) => reason.ruleId))];
    parts.push(`${decision.outcome}: ${rules.join(", ") || "CLM-5"} (${line.lineNo})`);
  }
  return parts.join("; ");
}

type StoredClaim = Prisma.ClaimGetPayload<{ include: { lines: true } }>;

/** The stored claim as the engine reads it — the same fields the form's values give at submit. */
function caseClaimOf(claim: Omit<StoredClaim, "lines">): CaseClaim {
  return {
    diagnosis: claim.diagnosis,
    emergency: claim.emergency,
    otherInsurance: { declared: claim.otherInsuranceDeclared, insurerName: claim.otherInsurerName, sygeforsikringDanmark: claim.sygeforsikringDanmark },
    acuteIllnessConfirmed: claim.acuteIllnessConfirmedAt !== null,
  };
}

/**
 * A stored line as the engine reads it. `providerInNetwork` holds the providers of the claim's
 * insurer only: a provider id that is not among them is not in this insurer's network (PA-6);
 * a typed provider (no id) counts as in network, as in the form.
 */
function caseLineOf(line: ClaimLine, providerInNetwork: ReadonlyMap<string, boolean>): CaseLine {
  return {
    treatmentDate: line.treatmentDate.toISOString().slice(0, 10),
    category: line.category,
    setting: line.setting.toLowerCase() as TreatmentSettingCode,
    country: line.country,
    inNetwork: line.providerId ? (providerInNetwork.get(line.providerId) ?? false) : true,
    amountMinor: line.amountMinor,
    currency: line.currency,
    quantity: line.quantity,
    referralPresent: line.referralPresent,
    prescriptionPresent: line.prescriptionPresent,
    receiptPresent: line.receiptPresent,
  };
}

/** Network status of the claim's providers, looked up among the providers of the claim's own insurer. */
async function providerNetworkOf(db: Db, claim: StoredClaim): Promise<Map<string, boolean>> {
  const providerIds = [...new Set(claim.lines.flatMap((line) => (line.providerId ? [line.providerId] : [])))];
  if (providerIds.length === 0) return new Map();
  const providers = await db.provider.findMany({
    where: { id: { in: providerIds }, insurer: { policies: { some: { id: claim.policyId } } } },
    select: { id: true, inNetwork: true },
  });
  return new Map(providers.map((provider) => [provider.id, provider.inNetwork]));
}

/**
 * The engine's input for a stored claim: the same facts loader and case builder (`claimCaseOf`)
 * as submit and the browser estimate, fed from the stored claim and lines, so the three never
 * disagree. The claim's own lines are left out of the history.
 */
export async function buildAdjudicationCase(db: Db, claim: StoredClaim, today: string): Promise<ClaimCase> {
  const [facts, providerInNetwork] = await Promise.all([
    loadClaimFacts(db, { policyId: claim.policyId, personId: claim.personId, excludeClaimId: claim.id }),
    providerNetworkOf(db, claim),
  ]);
  const lines = [...claim.lines].sort((a, b) => a.lineNo - b.lineNo).map((line) => caseLineOf(line, providerInNetwork));
  return claimCaseOf(facts, today, claim.number, caseClaimOf(claim), lines);
}

export async function adjudicateClaim(
  db: Db,
  claimId: string,
  now: Date = new Date(),
  /** `notify: false` decides without mailing the member (the demo seed deciding past claims). */
  options: { notify?: boolean } = {},
): Promise<AdjudicationOutcome> {
  const notify = options.notify ?? true;
  const claim = await db.claim.findUnique({ where: { id: claimId }, include: CLAIM_TO_DECIDE });
  if (!claim || claim.status !== "SUBMITTED") return "skipped";

  // The evaluation date is the submission day: the member's estimate and the decision agree.
  const today = copenhagenDay(claim.submittedAt ?? now);
  const claimCase = await buildAdjudicationCase(db, claim, today);
  const decision = evaluateClaim(claimCase);
  const pairs = matchLineDecisions(claim.lines, decision);
  const ruleClear = pairs.every(({ decision: d }) => DECIDABLE.has(d.outcome));
  const plan = await planById(db, claim.policy.planId);

  const outcome = await db.$transaction(
    (tx): Promise<AdjudicationOutcome> => (ruleClear ? decideAutomatically(tx, claim, plan, { decision, pairs, now, notify }) : sendToReview(tx, claimId, { decision, pairs, now, notify })),
  );
  if (outcome !== "skipped" && notify) kickOutbox(db);
  return outcome;
}

type Pairs = ReturnType<typeof matchLineDecisions<ClaimLine>>;

/** Not rule-clear: IN_REVIEW with the reasons, for a handler. */
async function sendToReview(
  tx: Prisma.TransactionClient,
  claimId: string,
  run: { decision: ClaimDecision; pairs: Pairs; now: Date; notify: boolean },
): Promise<AdjudicationOutcome> {
  const { decision, pairs, now } = run;
  const moved = await tx.claim.updateMany({
    where: { id: claimId, status: "SUBMITTED" },
    data: { status: "IN_REVIEW", reviewReason: reviewReasonOf(pairs), engineDecision: decision as unknown as Prisma.InputJsonValue },
  });
  if (moved.count !== 1) return "skipped";
  const reasons = pairs
    .filter(({ decision: d }) => !DECIDABLE.has(d.outcome))
    .flatMap(({ line, decision: d }) => d.reasons.map((reason) => ({ lineNo: line.lineNo, outcome: d.outcome, ...reason })));
  await tx.claimEvent.create({ data: { claimId, kind: "IN_REVIEW", actorUserId: null, createdAt: now, data: { outcome: decision.outcome, reasons } } });
  if (run.notify) await queueClaimUpdateMail(tx, claimId, "in_review");
  return "in_review";
}

/** Rule-clear: every line decided as the engine says, DECIDED, the settlement note and (unless `notify` is false) the mail. */
async function decideAutomatically(
  tx: Prisma.TransactionClient,
  claim: ClaimToDecide,
  plan: Plan,
  run: { decision: ClaimDecision; pairs: Pairs; now: Date; notify: boolean },
): Promise<AdjudicationOutcome> {
  const { decision, pairs, now } = run;
  const claimId = claim.id;
  const payableTotal = pairs.reduce((sum, { decision: d }) => sum + (d.outcome === "rejected" ? 0 : d.payableMinor), 0);
  const moved = await tx.claim.updateMany({
    where: { id: claimId, status: "SUBMITTED" },
    data: { status: "DECIDED", payableTotalMinor: payableTotal, decidedAt: now, engineDecision: decision as unknown as Prisma.InputJsonValue, reviewReason: null },
  });
  if (moved.count !== 1) return "skipped";
  for (const { line, decision: d } of pairs) {
    const payable = d.outcome === "rejected" ? 0 : d.payableMinor;
    await tx.claimLine.update({
      where: { id: line.id },
      data: {
        outcome: OUTCOME_CODE[d.outcome],
        eligibleMinor: d.eligibleMinor,
        payableMinor: payable,
        memberShareMinor: line.amountMinor - payable,
        steps: stepsJsonOf(d) as unknown as Prisma.InputJsonValue,
      },
    });
  }
  await tx.claimEvent.createMany({
    data: [
      { claimId, kind: "AUTO_DECIDED", actorUserId: null, createdAt: now, data: { outcome: decision.outcome } },
      { claimId, kind: "DECIDED", actorUserId: null, createdAt: now, data: { outcome: decision.outcome, payableTotalMinor: payableTotal, automatic: true } },
    ],
  });
  await issueDecision(tx, claim, plan, { decidedAt: now, decidedBy: "automatic", actorUserId: null, notify: run.notify });
  return "decided";
}

/**
 * The last retry failed too (bad data, a bug): rather than retrying for ever, hand the claim to a
 * person. Conditional like adjudication itself, so it never overrides a decision.
 */
export async function sendToManualReview(db: Db, claimId: string, error: unknown, now: Date = new Date()): Promise<boolean> {
  const moved = await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({
      where: { id: claimId, status: "SUBMITTED" },
      data: { status: "IN_REVIEW", reviewReason: "automatic adjudication failed: CLM-5" },
    });
    if (moved.count !== 1) return false;
    await tx.claimEvent.create({
      data: { claimId, kind: "IN_REVIEW", actorUserId: null, createdAt: now, data: { automaticAdjudicationFailed: true, error: String(error).slice(0, 300) } },
    });
    await queueClaimUpdateMail(tx, claimId, "in_review");
    return true;
  });
  if (moved) kickOutbox(db);
  return moved;
}
