import "server-only";
import type { Db } from "../../db/client";
import type { ClaimStatus, Prisma } from "../../db/generated/client";
import { kickOutbox } from "../../mail/outbox";
import type { LineDecision, RuleId } from "../../rules";
import { OUTCOME_CODE } from "../adjudicate";
import { planById } from "../../cover/plan-lookup";
import { stepsJsonOf, type LineAdjustment, type LineStepsJson } from "../line-steps";
import { CLAIM_TO_DECIDE, issueDecision, type ClaimToDecide } from "../decision";
import type { LineOutcomeCode } from "../settlement-content";
import { authoriseHandlerForClaim, HandlerRefusal, type HandlerActor } from "./access";
import { proposalFor, type Proposal } from "./proposal";
import type { DecideClaimValues } from "./schemas";

/** A handler may decide or ask about a claim in these states. */
export const OPEN_STATUSES: ClaimStatus[] = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"];

const DECIDED_BY_ENGINE = new Set(["approved", "partly_approved", "rejected"]);

/** The final outcome of a payable amount the engine did not settle itself (or the handler changed). */
export function outcomeForPayable(payableMinor: number, proposal: LineDecision): LineOutcomeCode {
  if (payableMinor <= 0) return "REJECTED";
  const coverage = proposal.steps.find((step) => step.kind === "coverage")?.amountMinor ?? proposal.claimedMinor;
  return payableMinor >= coverage ? "APPROVED" : "PARTLY_APPROVED";
}

interface FinalLine {
  lineId: string;
  lineNo: number;
  outcome: LineOutcomeCode;
  eligibleMinor: number;
  payableMinor: number;
  memberShareMinor: number;
  steps: LineStepsJson;
  adjustment: LineAdjustment | null;
}

/**
 * Decides a claim by hand: each line approved as proposed, adjusted (new payable ≤ claimed, with
 * a reason) or rejected (rule id + reason). Ends in DECIDED with a settlement note and the
 * "claim decided" mail, in one transaction guarded by a conditional status update — two
 * handlers (or a handler and the job) can never both decide the claim.
 */
export async function decideClaim(db: Db, actor: HandlerActor, input: DecideClaimValues, now: Date = new Date()): Promise<{ settlementNumber: string }> {
  const claim = await loadOpenClaim(db, actor, input);
  const proposal = await proposalFor(db, claim);
  if (!proposal) throw new HandlerRefusal("handler.errors.noProposal");

  const finalLines = input.lines.map((choice, index) => finalLineOf(choice, index, proposal, { userId: actor.userId, now }));
  const payableTotal = finalLines.reduce((sum, line) => sum + line.payableMinor, 0);
  const plan = await planById(db, claim.policy.planId);

  const note = await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, status: { in: OPEN_STATUSES } },
      data: {
        status: "DECIDED",
        payableTotalMinor: payableTotal,
        decidedAt: now,
        assignedHandlerId: actor.userId,
        engineDecision: proposal.decision as unknown as Prisma.InputJsonValue,
      },
    });
    if (moved.count !== 1) throw new HandlerRefusal("handler.errors.notOpen");
    for (const line of finalLines) await writeFinalLine(tx, claim.id, line, { userId: actor.userId, now });
    await tx.claimEvent.create({
      data: { claimId: claim.id, kind: "DECIDED", actorUserId: actor.userId, createdAt: now, data: { payableTotalMinor: payableTotal, automatic: false } },
    });
    // An open information request is moot once the claim is decided.
    await tx.memberTask.updateMany({ where: { claimId: claim.id, status: "OPEN" }, data: { status: "CANCELLED", doneAt: now } });
    return issueDecision(tx, claim, plan, { decidedAt: now, decidedBy: "handler", actorUserId: actor.userId });
  });
  kickOutbox(db);
  return { settlementNumber: note.number };
}

/** The claim, if this handler may decide it, it is still open and the input names each of its lines once. */
async function loadOpenClaim(db: Db, actor: HandlerActor, input: DecideClaimValues): Promise<ClaimToDecide> {
  if (!(await authoriseHandlerForClaim(db, actor, input.claimId, "claim.decide"))) throw new HandlerRefusal("handler.errors.notFound");
  const claim = await db.claim.findUniqueOrThrow({ where: { id: input.claimId }, include: CLAIM_TO_DECIDE });
  if (!OPEN_STATUSES.includes(claim.status)) throw new HandlerRefusal("handler.errors.notOpen");
  if (input.lines.length !== claim.lines.length || new Set(input.lines.map((l) => l.lineId)).size !== claim.lines.length) {
    throw new HandlerRefusal("handler.errors.linesMismatch");
  }
  return claim;
}

/** One line as the handler decided it, against the engine's proposal. */
function finalLineOf(choice: DecideClaimValues["lines"][number], index: number, proposal: Proposal, by: { userId: string; now: Date }): FinalLine {
  const pair = proposal.lines.find(({ line }) => line.id === choice.lineId);
  if (!pair) throw new HandlerRefusal("handler.errors.linesMismatch");
  const { line, decision } = pair;
  const proposed = decision.outcome === "rejected" ? 0 : decision.payableMinor;
  const base = { lineId: line.id, lineNo: line.lineNo, eligibleMinor: decision.eligibleMinor };
  const change = (kind: LineAdjustment["kind"], payableMinor: number): LineAdjustment => ({
    kind,
    proposedPayableMinor: proposed,
    payableMinor,
    ruleId: choice.ruleId,
    reason: choice.reason,
    byUserId: by.userId,
    at: by.now.toISOString(),
  });
  if (choice.decision === "approve") {
    const outcome = DECIDED_BY_ENGINE.has(decision.outcome) ? OUTCOME_CODE[decision.outcome] : outcomeForPayable(proposed, decision);
    const payable = outcome === "REJECTED" ? 0 : proposed;
    return { ...base, outcome, payableMinor: payable, memberShareMinor: line.amountMinor - payable, steps: stepsJsonOf(decision), adjustment: null };
  }
  if (choice.decision === "adjust") {
    const amount = choice.amountMinor ?? -1;
    if (amount < 0 || amount > line.amountMinor) throw new HandlerRefusal("handler.errors.amountAboveClaimed", `lines.${index}.amount`);
    const adjustment = change("adjusted", amount);
    return { ...base, outcome: outcomeForPayable(amount, decision), payableMinor: amount, memberShareMinor: line.amountMinor - amount, steps: { ...stepsJsonOf(decision), adjustment }, adjustment };
  }
  if (!choice.ruleId) throw new HandlerRefusal("handler.errors.ruleIdRequired", `lines.${index}.ruleId`);
  const adjustment = change("rejected", 0);
  return { ...base, outcome: "REJECTED", payableMinor: 0, memberShareMinor: line.amountMinor, steps: { ...stepsJsonOf(decision), adjustment }, adjustment };
}

/** The decided line, and a LINE_ADJUSTED event when the handler changed the engine's result. */
async function writeFinalLine(tx: Prisma.TransactionClient, claimId: string, line: FinalLine, by: { userId: string; now: Date }): Promise<void> {
  await tx.claimLine.update({
    where: { id: line.lineId },
    data: {
      outcome: line.outcome,
      eligibleMinor: line.eligibleMinor,
      payableMinor: line.payableMinor,
      memberShareMinor: line.memberShareMinor,
      steps: line.steps as unknown as Prisma.InputJsonValue,
      adjustedById: line.adjustment ? by.userId : null,
      adjustmentReason: line.adjustment ? line.adjustment.reason : null,
    },
  });
  if (!line.adjustment) return;
  await tx.claimEvent.create({
    data: {
      claimId,
      kind: "LINE_ADJUSTED",
      actorUserId: by.userId,
      createdAt: by.now,
      data: {
        lineNo: line.lineNo,
        kind: line.adjustment.kind,
        proposedPayableMinor: line.adjustment.proposedPayableMinor,
        payableMinor: line.payableMinor,
        ruleId: line.adjustment.ruleId,
        reason: line.adjustment.reason,
      },
    },
  });
}

/** Rejects the whole claim: every line rejected with the same rule id and reason. */
export async function rejectClaim(db: Db, actor: HandlerActor, input: { claimId: string; ruleId: RuleId; reason: string }, now: Date = new Date()) {
  const lines = await db.claimLine.findMany({ where: { claimId: input.claimId }, orderBy: { lineNo: "asc" }, select: { id: true } });
  return decideClaim(
    db,
    actor,
    { claimId: input.claimId, lines: lines.map((line) => ({ lineId: line.id, decision: "reject" as const, amountMinor: undefined, ruleId: input.ruleId, reason: input.reason })) },
    now,
  );
}
