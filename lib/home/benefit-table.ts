import { addDuration } from "../rules/dates";
import type { BenefitCategory, Caps, Plan, Policy } from "../rules";
import type { WaitingPeriodKind } from "../rules/schema/plan";

/**
 * A plan's table of benefits as plain facts for the member's benefits page (/member/cover): per
 * category the coverage %, caps, visit limits, waiting period, referral/prescription needs and
 * pre-authorisation, each with its rule id; the page words them in Danish or English. Pure: the
 * same plan data the engine evaluates, nothing per insurer in code.
 */

export type CapKind = "perItem" | "perDay" | "perPolicyYear" | "perDiagnosis" | "perTreatmentCourse";

export type PreApproval =
  | { kind: "none" }
  | { kind: "always"; ruleId: string }
  | { kind: "afterTreatments"; freeTreatments: number; countedWith: { da: string; en: string }[]; ruleId: "PA-2" }
  | { kind: "supplyLongerThan"; days: number; ruleId: "PA-2" }
  | { kind: "setting"; ruleId: "PA-1" }
  | { kind: "allTreatment"; ruleId: "PA-1" };

export interface BenefitRow {
  code: string;
  label: { da: string; en: string };
  coveragePercent: number;
  caps: { kind: CapKind; amountMinor: number }[];
  visitLimit: { maxVisits: number; windowDays: number } | null;
  waitingPeriod: WaitingPeriodKind;
  referralRequired: boolean;
  prescriptionRequired: boolean;
  guaranteeRequired: boolean;
  preApproval: PreApproval;
  /** Bought as an add-on: which one, and whether this policy has it. */
  addOn: { label: { da: string; en: string }; included: boolean } | null;
}

export interface BenefitTable {
  currency: string;
  annualMaximumMinor: number | null;
  deductible: { kind: "per_policy_year" | "per_claim"; amountMinor: number; collection: "paid_to_provider" | "deducted_from_refund" } | null;
  maxShareOfInvoicePercent: number | null;
  rows: BenefitRow[];
  preAuthorisation: {
    settings: ("in_patient" | "day_patient" | "out_patient")[];
    missing: { action: "refuse" } | { action: "reduce"; reductionPercentUsa: number; reductionPercentElsewhere: number };
    emergencyNotificationHours: number;
    outOfNetwork: { countries: string[]; reductionPercent: number } | null;
  };
  exclusions: { code: string; label: { da: string; en: string } }[];
  preExistingExcluded: boolean;
  claimDeadlines: { reportWithinMonths: number; afterPolicyEndMonths: number };
  coveredConditions: { labels: { da: string; en: string }[]; seriousAccidentCovered: boolean; coverageMonths: number } | null;
}

const CAP_KEYS: [CapKind, keyof Caps][] = [
  ["perItem", "perItemMinor"],
  ["perDay", "perDayMinor"],
  ["perPolicyYear", "perPolicyYearMinor"],
  ["perDiagnosis", "perDiagnosisMinor"],
  ["perTreatmentCourse", "perTreatmentCourseMinor"],
];

function capsOf(caps: Caps): BenefitRow["caps"] {
  return CAP_KEYS.flatMap(([kind, key]) => (caps[key] === undefined ? [] : [{ kind, amountMinor: caps[key] }]));
}

function preApprovalOf(plan: Plan, category: BenefitCategory): PreApproval {
  const pa = category.preAuthorisation;
  const label = (code: string) => plan.benefitCategories.find((c) => c.code === code)?.label ?? { da: code, en: code };
  if (pa.kind === "always") return { kind: "always", ruleId: pa.ruleId };
  if (pa.kind === "after_treatments") return { kind: "afterTreatments", freeTreatments: pa.freeTreatments, countedWith: pa.countedWith.map(label), ruleId: "PA-2" };
  if (pa.kind === "supply_longer_than") return { kind: "supplyLongerThan", days: pa.days, ruleId: "PA-2" };
  if (plan.preAuthorisation.requiredForAllTreatment) return { kind: "allTreatment", ruleId: "PA-1" };
  if (category.settings.every((setting) => plan.preAuthorisation.requiredForSettings.includes(setting))) return { kind: "setting", ruleId: "PA-1" };
  return { kind: "none" };
}

function rowOf(plan: Plan, policy: Pick<Policy, "addOns">, category: BenefitCategory): BenefitRow {
  // ELG-3: with add-on tiers the best tier the policy has decides the terms; else the lowest is shown as what could be bought.
  const owned = [...category.addOnTiers].reverse().find((tier) => policy.addOns.some((a) => a.code === tier.addOnCode));
  const tier = owned ?? category.addOnTiers[0];
  const caps: Caps = tier?.caps ? { ...category.caps, ...tier.caps } : category.caps;
  const addOnLabel = tier ? (plan.addOns.find((a) => a.code === tier.addOnCode)?.label ?? { da: tier.addOnCode, en: tier.addOnCode }) : null;
  return {
    code: category.code,
    label: category.label,
    coveragePercent: tier?.coveragePercent ?? category.coveragePercent,
    caps: capsOf(caps),
    visitLimit: category.visitLimit ?? null,
    waitingPeriod: category.waitingPeriod,
    referralRequired: category.referralRequired,
    prescriptionRequired: category.prescriptionRequired,
    guaranteeRequired: category.guaranteeRequired,
    preApproval: preApprovalOf(plan, category),
    addOn: addOnLabel ? { label: addOnLabel, included: Boolean(owned) } : null,
  };
}

export function benefitTable(plan: Plan, policy: Pick<Policy, "addOns">): BenefitTable {
  const pa = plan.preAuthorisation;
  return {
    currency: plan.currency,
    annualMaximumMinor: plan.annualMaximumPerPersonMinor,
    deductible: plan.deductible.kind === "none" ? null : { ...plan.deductible },
    maxShareOfInvoicePercent: plan.maxShareOfInvoicePercent ?? null,
    rows: plan.benefitCategories.map((category) => rowOf(plan, policy, category)),
    preAuthorisation: {
      settings: pa.requiredForSettings,
      missing: pa.missing,
      emergencyNotificationHours: pa.emergencyNotificationHours,
      outOfNetwork: pa.outOfNetwork ?? null,
    },
    exclusions: plan.exclusions,
    preExistingExcluded: plan.preExistingConditionsExcluded,
    claimDeadlines: { reportWithinMonths: plan.claimDeadlines.reportWithinMonths, afterPolicyEndMonths: plan.claimDeadlines.afterPolicyEndMonths },
    coveredConditions: plan.coveredConditions
      ? { labels: plan.coveredConditions.conditions.map((c) => c.label), seriousAccidentCovered: plan.coveredConditions.seriousAccidentCovered, coverageMonths: plan.coveredConditions.coverageMonths }
      : null,
  };
}

export interface RunningWaitingPeriod {
  kind: WaitingPeriodKind;
  /** The first day the cover applies (ELG-2). */
  endsOn: string;
}

/**
 * ELG-2: the waiting periods of the plan still running on `today` for an enrolment that started
 * on `enrolmentStart`; none after a documented transfer from a comparable insurer, where the plan waives them.
 */
export function runningWaitingPeriods(plan: Plan, enrolmentStart: string, today: string, transferred: boolean): RunningWaitingPeriod[] {
  if (transferred && plan.waitingPeriods.waivedOnDocumentedTransfer) return [];
  const periods: [WaitingPeriodKind, { unit: "days" | "weeks" | "months"; value: number } | undefined][] = [
    ["general", plan.waitingPeriods.general],
    ["pregnancy", plan.waitingPeriods.pregnancy],
    ["orthodontics", plan.waitingPeriods.orthodontics],
    ["pre_existing", plan.waitingPeriods.preExisting],
  ];
  return periods.flatMap(([kind, duration]) => {
    if (!duration || duration.value === 0) return [];
    const endsOn = addDuration(enrolmentStart, duration);
    return endsOn > today ? [{ kind, endsOn }] : [];
  });
}
