import { z } from "zod";
import { isoDateSchema, isRealIsoDate, toDay } from "../dates";
import { currencySchema, moneySchema } from "../money";
import { codeSchema, planSchema, settingSchema } from "./plan";

const idSchema = z.string().min(1).max(100);
const countrySchema = z.string().regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166 country code such as DK or US" });

export const policySchema = z.object({
  number: z.string().min(1),
  startDate: isoDateSchema,
  endDate: isoDateSchema.optional(),
  /** ELG-3: add-ons bought later start their own waiting periods from their start date. */
  addOns: z.array(z.object({ code: codeSchema, startDate: isoDateSchema, endDate: isoDateSchema.optional() })).default([]),
  /** ELG-8: pre-existing conditions agreed as covered under special terms. */
  specialTermsCoveredConditions: z.array(z.string().min(1)).default([]),
  /** GRP-1: the employer's CVR number on group policies. */
  employerCvr: z.string().regex(/^\d{8}$/, { message: "must be an 8-digit CVR number" }).optional(),
});

export const personSchema = z.object({
  id: idSchema,
  role: z.enum(["main", "spouse", "child", "parent"]),
  birthDate: isoDateSchema.optional(),
  enrolment: z.object({
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    /** ELG-2: a documented transfer from a comparable insurer waives waiting periods. */
    transferFromComparableInsurer: z.boolean().default(false),
    /**
     * ELG-2 / GRP-4: the day waiting periods run from when it is not `startDate` — a leaver's
     * continuation carries the group enrolment's periods over (its start), so none starts anew.
     */
    waitingPeriodsFrom: isoDateSchema.optional(),
    /** GRP-4: a continuation asked for after leaving waits for pre-existing conditions until this day (the first day covered). */
    preExistingWaitingEndsOn: isoDateSchema.optional(),
  }),
});

/** An earlier paid claim line of the same person (the input of every cap and counter). */
export const historyLineSchema = z.object({
  date: isoDateSchema,
  categoryCode: codeSchema,
  claimedMinor: moneySchema,
  paidMinor: moneySchema,
  deductibleMinor: moneySchema.default(0),
  quantity: z.number().int().positive().default(1),
  currency: currencySchema.optional(),
  diagnosis: z.string().min(1).optional(),
  treatmentCourseId: z.string().min(1).optional(),
  guaranteeId: z.string().min(1).optional(),
  claimId: z.string().min(1).optional(),
});

/** PA-5: an approval names a treatment (category) and may limit sessions and period. */
export const preAuthorisationSchema = z.object({
  id: idSchema,
  categoryCode: codeSchema,
  approvedOn: isoDateSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  sessions: z.number().int().positive().optional(),
  diagnosis: z.string().min(1).optional(),
});

/** GOP-1…GOP-4 */
export const guaranteeSchema = z.object({
  id: idSchema,
  categoryCode: codeSchema,
  amountMinor: moneySchema,
  currency: currencySchema.optional(),
  issuedOn: isoDateSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  provider: z.string().min(1).optional(),
  diagnosis: z.string().min(1).optional(),
});

/** ELG-9: a condition approved on the group navigation plan. */
export const approvedConditionSchema = z.object({
  conditionCode: codeSchema,
  approvedOn: isoDateSchema,
  extensionMonths: z.number().int().nonnegative().default(0),
});

export const claimLineSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  categoryCode: codeSchema,
  setting: settingSchema.default("out_patient"),
  country: countrySchema.default("DK"),
  inNetwork: z.boolean().default(true),
  amountMinor: moneySchema,
  currency: currencySchema.optional(),
  quantity: z.number().int().positive().default(1),
  diagnosis: z.string().min(1).optional(),
  conditionCode: codeSchema.optional(),
  treatmentCourseId: z.string().min(1).optional(),
  emergency: z.boolean().default(false),
  /** PA-3: hours after treatment began that the insurer was told of an emergency. */
  insurerNotifiedAfterHours: z.number().nonnegative().optional(),
  referralPresent: z.boolean().default(false),
  referralDate: isoDateSchema.optional(),
  prescriptionPresent: z.boolean().default(false),
  receiptPresent: z.boolean().default(false),
  /** CLM-6 */
  otherInsurance: z
    .object({ declared: z.boolean(), insurer: z.string().min(1).optional(), paidMinor: moneySchema.optional() })
    .default({ declared: false }),
  paidByPublicMinor: moneySchema.default(0),
  /** BEN-6: the usual and reasonable amount where a handler has assessed it. */
  reasonableAmountMinor: moneySchema.optional(),
  /** ELG-7: how the treatment is classified, matched against the plan's exclusions. */
  exclusionCodes: z.array(codeSchema).default([]),
  /** ELG-8 / ELG-2: the condition existed before the enrolment started. */
  preExisting: z.boolean().default(false),
  /** ELG-2: acute serious illness or serious accident waives waiting periods. */
  acuteSeriousIllnessOrAccident: z.boolean().default(false),
  /**
   * ELG-2: the insurer's medical adviser agrees the illness is acute and serious (001's
   * definition), recorded by a handler in review. Waives the general waiting period outright.
   */
  acuteSeriousIllnessConfirmed: z.boolean().optional(),
  /** PA-2: days of supply for prescribed drugs and dressings. */
  supplyDays: z.number().int().positive().optional(),
  /** PA-6 exceptions */
  noNetworkProviderWithin50Km: z.boolean().default(false),
  notAvailableFromLocalNetwork: z.boolean().default(false),
  /** CLM-3: when the insured learned of the claim; the line date if not given. */
  learnedOn: isoDateSchema.optional(),
});

export const claimSchema = z.object({
  id: idSchema,
  currency: currencySchema,
  lines: z.array(claimLineSchema).min(1, { message: "a claim needs at least one line" }),
});

const claimCaseObject = z.object({
  /** The evaluation date (the claim's submission date); the engine never reads the clock. */
  today: isoDateSchema,
  plan: planSchema,
  policy: policySchema,
  person: personSchema,
  history: z.array(historyLineSchema).default([]),
  preAuthorisations: z.array(preAuthorisationSchema).default([]),
  guarantees: z.array(guaranteeSchema).default([]),
  approvedConditions: z.array(approvedConditionSchema).default([]),
  claim: claimSchema,
});

type ClaimCaseShape = z.infer<typeof claimCaseObject>;

/** Cross-field checks: one currency throughout and dates that make sense together. */
export function checkClaimCaseConsistency(value: Omit<ClaimCaseShape, "plan"> & { plan: { currency: string } }, ctx: z.RefinementCtx): void {
  const currency = value.plan.currency;
  if (value.claim.currency !== currency) {
    ctx.addIssue({ code: "custom", path: ["claim", "currency"], message: `the claim is in ${value.claim.currency} but the plan pays in ${currency}; mixing currencies is not allowed` });
  }
  const today = isRealIsoDate(value.today) ? toDay(value.today) : undefined;
  const lineIds = new Set<string>();
  value.claim.lines.forEach((line, index) => {
    if (line.currency !== undefined && line.currency !== currency) {
      ctx.addIssue({ code: "custom", path: ["claim", "lines", index, "currency"], message: `line is in ${line.currency} but the plan pays in ${currency}; mixing currencies is not allowed` });
    }
    if (lineIds.has(line.id)) {
      ctx.addIssue({ code: "custom", path: ["claim", "lines", index, "id"], message: `duplicate line id "${line.id}"` });
    }
    lineIds.add(line.id);
    if (today !== undefined && isRealIsoDate(line.date) && toDay(line.date) > today) {
      ctx.addIssue({ code: "custom", path: ["claim", "lines", index, "date"], message: "the treatment date is after today; claims are for treatment already received" });
    }
  });
  value.history.forEach((line, index) => {
    if (line.currency !== undefined && line.currency !== currency) {
      ctx.addIssue({ code: "custom", path: ["history", index, "currency"], message: `history line is in ${line.currency} but the plan pays in ${currency}; mixing currencies is not allowed` });
    }
    if (line.paidMinor > line.claimedMinor) {
      ctx.addIssue({ code: "custom", path: ["history", index, "paidMinor"], message: "paid amount is larger than the claimed amount" });
    }
  });
  value.guarantees.forEach((guarantee, index) => {
    if (guarantee.currency !== undefined && guarantee.currency !== currency) {
      ctx.addIssue({ code: "custom", path: ["guarantees", index, "currency"], message: `guarantee is in ${guarantee.currency} but the plan pays in ${currency}; mixing currencies is not allowed` });
    }
  });
  if (value.policy.endDate !== undefined && isRealIsoDate(value.policy.endDate) && isRealIsoDate(value.policy.startDate) && toDay(value.policy.endDate) < toDay(value.policy.startDate)) {
    ctx.addIssue({ code: "custom", path: ["policy", "endDate"], message: "the policy ends before it starts" });
  }
  const enrolment = value.person.enrolment;
  if (enrolment.endDate !== undefined && isRealIsoDate(enrolment.endDate) && isRealIsoDate(enrolment.startDate) && toDay(enrolment.endDate) < toDay(enrolment.startDate)) {
    ctx.addIssue({ code: "custom", path: ["person", "enrolment", "endDate"], message: "the enrolment ends before it starts" });
  }
  if (enrolment.waitingPeriodsFrom !== undefined && isRealIsoDate(enrolment.waitingPeriodsFrom) && isRealIsoDate(enrolment.startDate) && toDay(enrolment.waitingPeriodsFrom) > toDay(enrolment.startDate)) {
    ctx.addIssue({ code: "custom", path: ["person", "enrolment", "waitingPeriodsFrom"], message: "waiting periods cannot run from after the enrolment starts" });
  }
}

/** The input of `evaluateClaim`: plan, policy and enrolment facts, history, approvals, claim. */
export const claimCaseSchema = claimCaseObject.superRefine(checkClaimCaseConsistency);

export type ClaimCase = z.infer<typeof claimCaseSchema>;
export type ClaimCaseInput = z.input<typeof claimCaseSchema>;
export type ClaimLine = z.infer<typeof claimLineSchema>;
export type HistoryLine = z.infer<typeof historyLineSchema>;
export type PreAuthorisation = z.infer<typeof preAuthorisationSchema>;
export type Guarantee = z.infer<typeof guaranteeSchema>;
export type ApprovedCondition = z.infer<typeof approvedConditionSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Person = z.infer<typeof personSchema>;

/** The CLI and API accept a plan inline or by the code of an example plan. */
export const claimCaseFileSchema = claimCaseObject
  .extend({ plan: z.union([codeSchema, planSchema]) })
  .superRefine((value, ctx) => {
    if (typeof value.plan !== "string") checkClaimCaseConsistency({ ...value, plan: value.plan }, ctx);
  });
export type ClaimCaseFile = z.input<typeof claimCaseFileSchema>;
