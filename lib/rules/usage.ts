import { z } from "zod";
import { isoDateSchema } from "./dates";
import { moneyText } from "./engine/context";
import { Ledger, postHistory } from "./engine/ledger";
import { indexPlan } from "./engine/planIndex";
import { buildUsage } from "./engine/usage";
import { historyLineSchema, policySchema } from "./schema/claimCase";
import type { UsageSummary } from "./schema/decision";
import { planSchema } from "./schema/plan";

export const usageQuestionSchema = z.object({
  plan: planSchema,
  policy: policySchema,
  history: z.array(historyLineSchema).default([]),
  asOf: isoDateSchema,
});
export type UsageQuestion = z.infer<typeof usageQuestionSchema>;

/** Used and remaining per category and overall for the policy year containing `asOf`. */
export function summariseUsage(question: UsageQuestion): UsageSummary {
  const index = indexPlan(question.plan);
  const ledger = new Ledger(index, question.policy.startDate, new Set());
  postHistory(ledger, question.history);
  return buildUsage({ plan: question.plan, index, policy: question.policy, ledger, money: moneyText(question.plan.currency) }, question.asOf);
}
