/**
 * Member Portal rules engine: pure, deterministic and free of I/O, so the same code runs in
 * the browser (live claim form) and on the server (settlement). "Today" is always an input.
 */
export { RULE_IDS, type RuleId } from "./ruleIds";
export { localisedTextSchema, reasonSchema, type LocalisedText, type Locale, type Reason } from "./text";
export { moneySchema, currencySchema, formatMoney, formatPercent } from "./money";
export { isoDateSchema, isRealIsoDate, addMonths, addDays, endOfMonth, ageOn, type IsoDate } from "./dates";
export { formatZodIssues, safeParseWithIssues, type InputIssue, type ParseResult } from "./issues";
export {
  planSchema, benefitCategorySchema, codeSchema, settingSchema,
  type Plan, type PlanInput, type BenefitCategory, type Setting, type Caps, type LimitGroup, type Deductible,
} from "./schema/plan";
export {
  claimCaseSchema, claimCaseFileSchema, claimLineSchema, historyLineSchema, preAuthorisationSchema, guaranteeSchema,
  approvedConditionSchema, policySchema, personSchema,
  type ClaimCase, type ClaimCaseInput, type ClaimCaseFile, type ClaimLine, type HistoryLine, type PreAuthorisation,
  type Guarantee, type ApprovedCondition, type Policy, type Person,
} from "./schema/claimCase";
export {
  claimDecisionSchema, lineDecisionSchema, calculationStepSchema, warningSchema, usageSummarySchema,
  LINE_OUTCOMES, STEP_KINDS,
  type ClaimDecision, type LineDecision, type LineOutcome, type StepKind, type CalculationStep, type Warning,
  type UsageSummary, type LimitUsage,
} from "./schema/decision";
export { evaluateClaim } from "./engine/evaluateClaim";
export { parseAndEvaluateClaim, resolveClaimCase } from "./evaluate";
export { checkPreAuthorisation, preAuthorisationQuestionSchema, type PreAuthorisationQuestion, type PreAuthorisationAnswer } from "./preAuthorisation";
export { checkFamilyChange, familyChangeSchema, type FamilyChange, type EnrolmentCheckResult } from "./enrolment/familyChange";
export { checkGroupEnrolmentChange, groupEnrolmentChangeSchema, type GroupEnrolmentChange } from "./enrolment/groupChange";
export { summariseUsage, usageQuestionSchema, type UsageQuestion } from "./usage";
export { examplePlans, ihiBupaTopUpPlan, cignaGlobalPlan, dssPrivatePlan, dssGroupNavigationPlan } from "./plans/index";
