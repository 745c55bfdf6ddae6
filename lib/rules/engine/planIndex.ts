import type { BenefitCategory, LimitGroup, Plan } from "../schema/plan";

/** Look-ups derived from a plan once and reused for every claim against it. */
export interface PlanIndex {
  plan: Plan;
  categories: Map<string, BenefitCategory>;
  /** Dense numbering so the ledger keeps per-year sums in arrays rather than maps. */
  slot: Map<string, CategorySlot>;
  groupCount: number;
  counterCount: number;
  groupSlot: Map<string, number>;
  counterSlot: Map<string, number>;
  groupsByCategory: Map<string, LimitGroup[]>;
  /** PA-2 counting: category → the sorted key of the categories counted together. */
  paCounterKey: Map<string, string>;
  paCounterCategories: Map<string, string[]>;
  /** Categories whose visits must be remembered by day (visit limits, per-day caps). */
  trackDays: Set<string>;
  /** Categories with per-diagnosis or per-course caps: only those need the sums kept. */
  perDiagnosis: Set<string>;
  perCourse: Set<string>;
  exclusionLabels: Map<string, { da: string; en: string }>;
  conditionLabels: Map<string, { da: string; en: string }>;
}

export interface CategorySlot {
  index: number;
  groups: number[];
  /** PA-2 counter slot, or -1. */
  counter: number;
  trackDays: boolean;
  perDiagnosis: boolean;
  perCourse: boolean;
}

// Plans are static data: indexing them once per plan object keeps it out of the hot path.
const cache = new WeakMap<Plan, PlanIndex>();

export function indexPlan(plan: Plan): PlanIndex {
  const cached = cache.get(plan);
  if (cached !== undefined) return cached;
  const categories = new Map<string, BenefitCategory>();
  const groupsByCategory = new Map<string, LimitGroup[]>();
  const paCounterKey = new Map<string, string>();
  const paCounterCategories = new Map<string, string[]>();
  const trackDays = new Set<string>();
  const perDiagnosis = new Set<string>();
  const perCourse = new Set<string>();
  for (const category of plan.benefitCategories) {
    categories.set(category.code, category);
    const allCaps = [category.caps, ...category.addOnTiers.map((tier) => tier.caps ?? {})];
    if (allCaps.some((caps) => caps.perDiagnosisMinor !== undefined)) perDiagnosis.add(category.code);
    if (allCaps.some((caps) => caps.perTreatmentCourseMinor !== undefined)) perCourse.add(category.code);
    if (category.visitLimit !== undefined || category.caps.perDayMinor !== undefined) trackDays.add(category.code);
    const pa = category.preAuthorisation;
    if (pa.kind === "after_treatments") {
      const members = [...new Set([category.code, ...pa.countedWith])];
      const key = [...members].sort().join("+");
      paCounterKey.set(category.code, key);
      // The first category that declares the counter decides the order it is shown in.
      if (!paCounterCategories.has(key)) paCounterCategories.set(key, members);
    }
  }
  for (const group of plan.limitGroups) {
    for (const code of group.categoryCodes) {
      const list = groupsByCategory.get(code) ?? [];
      list.push(group);
      groupsByCategory.set(code, list);
      if (group.visitLimit !== undefined) trackDays.add(code);
    }
  }
  // A counter shared by several categories must count each of them, even if one of them
  // declares a narrower list.
  for (const [code, key] of paCounterKey) {
    for (const member of paCounterCategories.get(key) ?? []) {
      if (!paCounterKey.has(member)) paCounterKey.set(member, key);
    }
    paCounterKey.set(code, key);
  }
  const groupSlot = new Map(plan.limitGroups.map((group, i) => [group.code, i]));
  const counterSlot = new Map([...paCounterCategories.keys()].map((key, i) => [key, i]));
  const slot = new Map<string, CategorySlot>();
  plan.benefitCategories.forEach((category, i) => {
    const counterKey = paCounterKey.get(category.code);
    slot.set(category.code, {
      index: i,
      groups: (groupsByCategory.get(category.code) ?? []).map((group) => groupSlot.get(group.code) ?? 0),
      counter: counterKey === undefined ? -1 : (counterSlot.get(counterKey) ?? -1),
      trackDays: trackDays.has(category.code),
      perDiagnosis: perDiagnosis.has(category.code),
      perCourse: perCourse.has(category.code),
    });
  });
  const exclusionLabels = new Map(plan.exclusions.map((exclusion) => [exclusion.code, exclusion.label]));
  const conditionLabels = new Map((plan.coveredConditions?.conditions ?? []).map((condition) => [condition.code, condition.label]));
  const index: PlanIndex = { plan, categories, slot, groupCount: plan.limitGroups.length, counterCount: counterSlot.size, groupSlot, counterSlot, groupsByCategory, paCounterKey, paCounterCategories, trackDays, perDiagnosis, perCourse, exclusionLabels, conditionLabels };
  cache.set(plan, index);
  return index;
}
