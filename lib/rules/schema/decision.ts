import { z } from "zod";
import { isoDateSchema } from "../dates";
import { currencySchema } from "../money";
import { localisedTextSchema, reasonSchema, ruleIdSchema } from "../text";

const signedMinor = z.number().int();

export const LINE_OUTCOMES = ["approved", "partly_approved", "rejected", "needs_information", "needs_review"] as const;
export const lineOutcomeSchema = z.enum(LINE_OUTCOMES);
export type LineOutcome = (typeof LINE_OUTCOMES)[number];

/** BEN-7: the kinds of calculation step, in the order they are applied. */
export const STEP_KINDS = ["claimed", "eligible", "coverage", "cap", "deductible", "reduction", "payable", "member_share"] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = (typeof STEP_KINDS)[number];

export const calculationStepSchema = z.object({
  kind: stepKindSchema,
  ruleId: ruleIdSchema,
  /** The running amount after this step (for member_share: the member's share). */
  amountMinor: signedMinor,
  /** How much this step changed the running amount (0 or negative). */
  changeMinor: signedMinor,
  da: z.string(),
  en: z.string(),
});
export type CalculationStep = z.infer<typeof calculationStepSchema>;

export const lineDecisionSchema = z.object({
  lineId: z.string(),
  categoryCode: z.string(),
  categoryLabel: localisedTextSchema,
  date: isoDateSchema,
  outcome: lineOutcomeSchema,
  claimedMinor: signedMinor,
  eligibleMinor: signedMinor,
  /** For needs_information / needs_review lines this is the provisional amount. */
  payableMinor: signedMinor,
  deductibleMinor: signedMinor,
  memberShareMinor: signedMinor,
  steps: z.array(calculationStepSchema),
  reasons: z.array(reasonSchema),
});
export type LineDecision = z.infer<typeof lineDecisionSchema>;

export const warningSchema = z.object({
  ruleId: ruleIdSchema,
  lineId: z.string().optional(),
  severity: z.enum(["info", "warning", "blocking"]),
  da: z.string(),
  en: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

const limitUsageSchema = z.object({
  ruleId: ruleIdSchema,
  kind: z.enum(["per_policy_year", "visits_in_window", "annual_maximum", "deductible", "pre_authorisation_threshold"]),
  limit: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
  unit: z.enum(["minor", "visits", "treatments"]),
  da: z.string(),
  en: z.string(),
});
export type LimitUsage = z.infer<typeof limitUsageSchema>;

export const usageSummarySchema = z.object({
  asOf: isoDateSchema,
  currency: currencySchema,
  policyYear: z.object({ from: isoDateSchema, to: isoDateSchema }),
  paidMinor: signedMinor,
  annualMaximum: limitUsageSchema.nullable(),
  deductible: limitUsageSchema.nullable(),
  categories: z.array(
    z.object({
      code: z.string(),
      label: localisedTextSchema,
      paidMinor: signedMinor,
      quantity: z.number().int(),
      limits: z.array(limitUsageSchema),
    }),
  ),
  limitGroups: z.array(
    z.object({ code: z.string(), label: localisedTextSchema, paidMinor: signedMinor, limits: z.array(limitUsageSchema) }),
  ),
  counters: z.array(limitUsageSchema),
});
export type UsageSummary = z.infer<typeof usageSummarySchema>;

export const claimDecisionSchema = z.object({
  claimId: z.string(),
  planCode: z.string(),
  planVersion: z.string(),
  currency: currencySchema,
  evaluatedOn: isoDateSchema,
  outcome: lineOutcomeSchema,
  lines: z.array(lineDecisionSchema),
  totals: z.object({
    claimedMinor: signedMinor,
    eligibleMinor: signedMinor,
    /** Sum over approved and partly approved lines. */
    payableMinor: signedMinor,
    /** Provisional amounts of lines awaiting information or review. */
    pendingMinor: signedMinor,
    deductibleMinor: signedMinor,
    memberShareMinor: signedMinor,
  }),
  warnings: z.array(warningSchema),
  usageAfter: usageSummarySchema,
});
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;
