import { toDay } from "../dates";
import type { ClaimCase } from "../schema/claimCase";
import type { ClaimDecision, LineDecision, LineOutcome, Warning } from "../schema/decision";
import { moneyText, type CaseContext } from "./context";
import { evaluateLine } from "./evaluateLine";
import { Ledger, postHistory } from "./ledger";
import { indexPlan } from "./planIndex";
import { buildUsage } from "./usage";

function overallOutcome(lines: readonly LineDecision[]): LineOutcome {
  if (lines.some((l) => l.outcome === "needs_information")) return "needs_information";
  if (lines.some((l) => l.outcome === "needs_review")) return "needs_review";
  if (lines.every((l) => l.outcome === "rejected")) return "rejected";
  if (lines.every((l) => l.outcome === "approved")) return "approved";
  return "partly_approved";
}

/**
 * Evaluates a claim that has already been validated with `claimCaseSchema` (no parsing here,
 * so it is cheap enough to run on every keystroke of the claim form).
 */
export function evaluateClaim(input: ClaimCase): ClaimDecision {
  const { plan } = input;
  const index = indexPlan(plan);
  const sessionCategories = new Set<string>();
  for (const approval of input.preAuthorisations) if (approval.sessions !== undefined) sessionCategories.add(approval.categoryCode);
  const ledger = new Ledger(index, input.policy.startDate, sessionCategories);
  postHistory(ledger, input.history);
  const ctx: CaseContext = {
    index,
    plan,
    policy: input.policy,
    person: input.person,
    today: toDay(input.today),
    todayIso: input.today,
    ledger,
    preAuthorisations: input.preAuthorisations,
    guarantees: input.guarantees,
    approvedConditions: input.approvedConditions,
    money: moneyText(plan.currency),
    waitingEnds: new Map(),
  };

  // Lines use up caps in treatment-date order; the decision keeps the claim's own order.
  const lines = input.claim.lines;
  const order = lines.map((_, i) => i).sort((a, b) => {
    const da = lines[a]?.date ?? "";
    const db = lines[b]?.date ?? "";
    return da < db ? -1 : da > db ? 1 : a - b;
  });
  const decisions = new Array<LineDecision>(lines.length);
  const warnings: Warning[] = [];
  const notesByLine = new Array<ReturnType<typeof evaluateLine>["notes"]>(lines.length);
  for (const i of order) {
    const line = lines[i];
    if (line === undefined) continue;
    const result = evaluateLine(ctx, line);
    decisions[i] = result.decision;
    notesByLine[i] = result.notes;
  }
  const totals = { claimedMinor: 0, eligibleMinor: 0, payableMinor: 0, pendingMinor: 0, deductibleMinor: 0, memberShareMinor: 0 };
  for (let i = 0; i < decisions.length; i++) {
    const decision = decisions[i] as LineDecision;
    totals.claimedMinor += decision.claimedMinor;
    totals.eligibleMinor += decision.eligibleMinor;
    totals.deductibleMinor += decision.deductibleMinor;
    if (decision.outcome === "approved" || decision.outcome === "partly_approved") {
      totals.payableMinor += decision.payableMinor;
      totals.memberShareMinor += decision.memberShareMinor;
    } else if (decision.outcome === "rejected") {
      totals.memberShareMinor += decision.memberShareMinor;
    } else {
      totals.pendingMinor += decision.payableMinor;
    }
    for (const n of notesByLine[i] ?? []) {
      warnings.push({ ruleId: n.reason.ruleId, lineId: decision.lineId, severity: n.severity, da: n.reason.da, en: n.reason.en });
    }
  }
  return {
    claimId: input.claim.id,
    planCode: plan.code,
    planVersion: plan.version,
    currency: plan.currency,
    evaluatedOn: input.today,
    outcome: overallOutcome(decisions),
    lines: decisions,
    totals,
    warnings,
    usageAfter: buildUsage(ctx, input.today),
  };
}
