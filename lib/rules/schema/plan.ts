import { z } from "zod";
import { currencySchema, moneySchema } from "../money";
import { localisedTextSchema } from "../text";

/** Stable machine codes (used in URLs, database rows and claim lines). */
export const codeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: "must be a lower-case code of letters, digits, '_' or '-'" });

export const percentSchema = z
  .number()
  .min(0, { message: "must be a percentage between 0 and 100" })
  .max(100, { message: "must be a percentage between 0 and 100" });

export const settingSchema = z.enum(["in_patient", "day_patient", "out_patient"]);
export type Setting = z.infer<typeof settingSchema>;

export const durationSchema = z.object({
  unit: z.enum(["days", "weeks", "months"]),
  value: z.number().int().nonnegative(),
});

/** BEN-1: the maxima a benefit line may have, all as payable amounts in minor units. */
export const capsSchema = z.object({
  perItemMinor: moneySchema.optional(),
  perDayMinor: moneySchema.optional(),
  perPolicyYearMinor: moneySchema.optional(),
  perDiagnosisMinor: moneySchema.optional(),
  perTreatmentCourseMinor: moneySchema.optional(),
});
export type Caps = z.infer<typeof capsSchema>;

/** BEN-3: at most `maxVisits` within any `windowDays` consecutive days. */
export const visitLimitSchema = z.object({
  maxVisits: z.number().int().positive(),
  windowDays: z.number().int().positive(),
});

/** PA-1/PA-2/PA-5: when a category needs the insurer's approval before treatment. */
export const preAuthorisationRequirementSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("always"), ruleId: z.enum(["PA-1", "PA-2", "PA-5"]) }),
  z.object({
    kind: z.literal("after_treatments"),
    /** "after 10 treatments": the 11th treatment in the counting period needs approval. */
    freeTreatments: z.number().int().nonnegative(),
    /** Categories counted together, e.g. physiotherapy, chiropractic and osteopathy. */
    countedWith: z.array(codeSchema).default([]),
    period: z.enum(["policy_year", "ever"]).default("policy_year"),
  }),
  z.object({
    kind: z.literal("supply_longer_than"),
    /** "drugs for more than 3 months": a prescription supplying more than this needs approval. */
    days: z.number().int().positive(),
  }),
]);
export type PreAuthorisationRequirement = z.infer<typeof preAuthorisationRequirementSchema>;

export const waitingPeriodKindSchema = z.enum(["general", "pregnancy", "orthodontics", "pre_existing"]);
export type WaitingPeriodKind = z.infer<typeof waitingPeriodKindSchema>;

/** ELG-3: a category bought as an add-on; the best add-on the person has decides the terms. */
export const addOnTierSchema = z.object({
  addOnCode: codeSchema,
  coveragePercent: percentSchema.optional(),
  caps: capsSchema.optional(),
});

export const benefitCategorySchema = z.object({
  code: codeSchema,
  label: localisedTextSchema,
  /** What one unit of `quantity` on a claim line is; per-item caps multiply by it. */
  unit: z.enum(["visit", "treatment", "item", "day", "invoice"]).default("visit"),
  coveragePercent: percentSchema,
  caps: capsSchema.default({}),
  visitLimit: visitLimitSchema.optional(),
  /** ELG-2: the waiting period that applies in addition to the general one. */
  waitingPeriod: waitingPeriodKindSchema.default("general"),
  referralRequired: z.boolean().default(false),
  prescriptionRequired: z.boolean().default(false),
  /** GOP-4: paid only through a guarantee of payment (e.g. patient-association membership). */
  guaranteeRequired: z.boolean().default(false),
  /** GOP-4: invoices must reach the insurer within this many months of the line date. */
  invoiceDeadlineMonths: z.number().int().positive().optional(),
  settings: z.array(settingSchema).min(1).default(["out_patient"]),
  preAuthorisation: preAuthorisationRequirementSchema.default({ kind: "none" }),
  /** Empty: part of the base cover. Otherwise only with one of these add-ons, lowest first. */
  addOnTiers: z.array(addOnTierSchema).default([]),
  /** BEN-5 does not apply to this category (e.g. add-ons with their own percentages). */
  exemptFromInvoiceShare: z.boolean().default(false),
});
export type BenefitCategory = z.infer<typeof benefitCategorySchema>;

/** Limits shared by several categories (e.g. "15 consultations within 30 days" across GP lines). */
export const limitGroupSchema = z.object({
  code: codeSchema,
  label: localisedTextSchema,
  categoryCodes: z.array(codeSchema).min(1),
  perPolicyYearMinor: moneySchema.optional(),
  visitLimit: visitLimitSchema.optional(),
  addOnTiers: z.array(z.object({ addOnCode: codeSchema, perPolicyYearMinor: moneySchema })).default([]),
});
export type LimitGroup = z.infer<typeof limitGroupSchema>;

export const addOnSchema = z.object({
  code: codeSchema,
  label: localisedTextSchema,
  /** BEN-2: how much the add-on raises the annual maximum per person. */
  raisesAnnualMaximumMinor: moneySchema.default(0),
});

/** BEN-4 */
export const deductibleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({
    kind: z.enum(["per_policy_year", "per_claim"]),
    amountMinor: moneySchema,
    collection: z.enum(["paid_to_provider", "deducted_from_refund"]),
  }),
]);
export type Deductible = z.infer<typeof deductibleSchema>;

/** ELG-7 */
export const exclusionSchema = z.object({ code: codeSchema, label: localisedTextSchema });

/** PA-1, PA-3, PA-4, PA-6 */
export const preAuthorisationPolicySchema = z.object({
  requiredForSettings: z.array(settingSchema).default([]),
  /** Some plans refund only treatment that was approved beforehand (PA rule for every line). */
  requiredForAllTreatment: z.boolean().default(false),
  missing: z.discriminatedUnion("action", [
    z.object({ action: z.literal("refuse") }),
    z.object({
      action: z.literal("reduce"),
      reductionPercentUsa: percentSchema,
      reductionPercentElsewhere: percentSchema,
    }),
  ]),
  emergencyNotificationHours: z.number().int().positive().default(48),
  outOfNetwork: z
    .object({
      countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
      reductionPercent: percentSchema,
    })
    .optional(),
});

/** ELG-9 */
export const coveredConditionsSchema = z.object({
  conditions: z.array(z.object({ code: codeSchema, label: localisedTextSchema })).min(1),
  seriousAccidentCovered: z.boolean(),
  coverageMonths: z.number().int().positive(),
  maxExtensionMonths: z.number().int().nonnegative(),
});

/** FAM-1…FAM-6 */
export const familyRulesSchema = z.object({
  spouseAllowed: z.boolean(),
  childrenAllowed: z.boolean(),
  /** Group plan: children of the member or spouse are covered wherever they live. */
  childrenMustLiveAtHome: z.boolean(),
  /** FAM-2: children under this age living at home are co-insured free of premium. */
  freeChildUnderAge: z.number().int().positive().optional(),
  newborn: z
    .object({
      minPolicyMonths: z.number().int().nonnegative(),
      registerWithinMonths: z.number().int().positive(),
    })
    .optional(),
  parents: z.object({ available: z.boolean(), maxPersons: z.number().int().nonnegative() }),
  entryAge: z
    .object({ maxAge: z.number().int().positive(), specialAgreementFromAge: z.number().int().positive() })
    .optional(),
  /** FAM-6: co-insured keep cover to the end of the paid period when the main insured leaves. */
  coInsuredKeepCoverToEndOfPaidPeriod: z.boolean(),
});

/** GRP-2, ELG-4 */
export const groupRulesSchema = z.object({
  maxRetroactiveMonths: z.number().int().nonnegative(),
  onlyWithinCurrentPolicyYear: z.boolean(),
  coverEndsAtEndOfMonth: z.boolean(),
  /** GRP-4 */
  continuationWaitingMonthsIfLate: z.number().int().nonnegative(),
});

export const waitingPeriodsSchema = z.object({
  general: durationSchema,
  pregnancy: durationSchema.optional(),
  orthodontics: durationSchema.optional(),
  preExisting: durationSchema.optional(),
  waivedForAcuteSeriousIllnessOrAccident: z.boolean(),
  waivedOnDocumentedTransfer: z.boolean(),
});

export const planSchema = z
  .object({
    code: codeSchema,
    name: localisedTextSchema,
    version: z.string().min(1),
    insurer: z.string().min(1),
    kind: z.enum(["individual", "group"]),
    currency: currencySchema,
    policyYearBasis: z.enum(["policy_anniversary", "calendar_year"]).default("policy_anniversary"),
    /** BEN-2: null means no overall maximum. */
    annualMaximumPerPersonMinor: moneySchema.nullable(),
    addOns: z.array(addOnSchema).default([]),
    deductible: deductibleSchema.default({ kind: "none" }),
    /** BEN-5: the plan never pays more than this share of an invoice's face value. */
    maxShareOfInvoicePercent: percentSchema.optional(),
    waitingPeriods: waitingPeriodsSchema,
    benefitCategories: z.array(benefitCategorySchema).min(1),
    limitGroups: z.array(limitGroupSchema).default([]),
    preAuthorisation: preAuthorisationPolicySchema,
    exclusions: z.array(exclusionSchema).default([]),
    /** ELG-8 */
    preExistingConditionsExcluded: z.boolean().default(true),
    claimDeadlines: z.object({
      /** CLM-3 */
      reportWithinMonths: z.number().int().positive(),
      /** ELG-6 */
      afterPolicyEndMonths: z.number().int().nonnegative(),
      /** ELG-5: approved cases stay covered this long after cover ends (0: not at all). */
      approvedRunOffMonths: z.number().int().nonnegative().default(0),
    }),
    coveredConditions: coveredConditionsSchema.optional(),
    family: familyRulesSchema,
    group: groupRulesSchema.optional(),
    /** Lines above this payable amount go to a handler (needs_review). */
    reviewAbovePayableMinor: moneySchema.optional(),
  })
  .superRefine((plan, ctx) => {
    const categoryCodes = new Set<string>();
    plan.benefitCategories.forEach((category, index) => {
      if (categoryCodes.has(category.code)) {
        ctx.addIssue({ code: "custom", path: ["benefitCategories", index, "code"], message: `duplicate category code "${category.code}"` });
      }
      categoryCodes.add(category.code);
    });
    const addOnCodes = new Set(plan.addOns.map((addOn) => addOn.code));
    plan.benefitCategories.forEach((category, index) => {
      category.addOnTiers.forEach((tier, tierIndex) => {
        if (!addOnCodes.has(tier.addOnCode)) {
          ctx.addIssue({ code: "custom", path: ["benefitCategories", index, "addOnTiers", tierIndex, "addOnCode"], message: `unknown add-on "${tier.addOnCode}"` });
        }
      });
      const pa = category.preAuthorisation;
      if (pa.kind === "after_treatments") {
        pa.countedWith.forEach((code, codeIndex) => {
          if (!categoryCodes.has(code)) {
            ctx.addIssue({ code: "custom", path: ["benefitCategories", index, "preAuthorisation", "countedWith", codeIndex], message: `unknown category "${code}"` });
          }
        });
      }
      if (category.waitingPeriod !== "general") {
        const key = category.waitingPeriod === "pre_existing" ? "preExisting" : category.waitingPeriod;
        if (plan.waitingPeriods[key] === undefined) {
          ctx.addIssue({ code: "custom", path: ["benefitCategories", index, "waitingPeriod"], message: `the plan defines no ${category.waitingPeriod} waiting period` });
        }
      }
    });
    plan.limitGroups.forEach((group, index) => {
      group.categoryCodes.forEach((code, codeIndex) => {
        if (!categoryCodes.has(code)) {
          ctx.addIssue({ code: "custom", path: ["limitGroups", index, "categoryCodes", codeIndex], message: `unknown category "${code}"` });
        }
      });
      group.addOnTiers.forEach((tier, tierIndex) => {
        if (!addOnCodes.has(tier.addOnCode)) {
          ctx.addIssue({ code: "custom", path: ["limitGroups", index, "addOnTiers", tierIndex, "addOnCode"], message: `unknown add-on "${tier.addOnCode}"` });
        }
      });
    });
    if (plan.kind === "group" && plan.group === undefined) {
      ctx.addIssue({ code: "custom", path: ["group"], message: "a group plan needs group rules (GRP-2)" });
    }
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
