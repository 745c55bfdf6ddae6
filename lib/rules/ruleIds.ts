/**
 * Rule ids from the business rules catalogue (RULES.md). They are the reason codes of every
 * decision, warning and refusal, so a member, a handler and a test can point at the same rule.
 */
export const RULE_IDS = [
  "ELG-1", "ELG-2", "ELG-3", "ELG-4", "ELG-5", "ELG-6", "ELG-7", "ELG-8", "ELG-9",
  "FAM-1", "FAM-2", "FAM-3", "FAM-4", "FAM-5", "FAM-6", "FAM-7",
  "GRP-1", "GRP-2", "GRP-3", "GRP-4", "GRP-5",
  "PA-1", "PA-2", "PA-3", "PA-4", "PA-5", "PA-6",
  "GOP-1", "GOP-2", "GOP-3", "GOP-4",
  "CLM-1", "CLM-2", "CLM-3", "CLM-4", "CLM-5", "CLM-6", "CLM-7",
  "BEN-1", "BEN-2", "BEN-3", "BEN-4", "BEN-5", "BEN-6", "BEN-7",
  "ACC-1", "ACC-2", "ACC-3", "ACC-4",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
