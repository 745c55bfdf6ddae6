import type { BenefitCategory, LimitGroup, Plan } from "../schema/plan";

/** Look-ups derived from a plan once and reused for every claim against it. */
export interface PlanIndex {
  plan: Plan;
  categories: Map<string, BenefitCategory>;
  groupsByCategory: Map<string, LimitGroup[]>;
  /** PA-2 counting: category → the sorted key of the categories counted together. */
  paCounterKey: Map<string, string>;
  paCounterCategories: Map<string, string[]>;
  /** Categories whose visits must be remembered by day (visit limits, per-day caps). */
  trackDays: Set<string>;
  exclusionLabels: Map<string, { da: string; en: string }>;
  conditionLabels: Map<string, { da: string; en: string }>;
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
  for (const category of plan.benefitCategories) {
    categories.set(category.code, category);
    if (category.visitLimit !== undefined || category.caps.perDayMinor !== undefined) trackDays.add(category.code);
    const pa = category.preAuthorisation;
    if (pa.kind === "after_treatments") {
      const members = [...new Set([category.code, ...pa.countedWith])].sort();
      const key = members.join("+");
      paCounterKey.set(category.code, key);
      paCounterCategories.set(key, members);
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
  const exclusionLabels = new Map(plan.exclusions.map((exclusion) => [exclusion.code, exclusion.label]));
  const conditionLabels = new Map((plan.coveredConditions?.conditions ?? []).map((condition) => [condition.code, condition.label]));
  const index: PlanIndex = { plan, categories, groupsByCategory, paCounterKey, paCounterCategories, trackDays, exclusionLabels, conditionLabels };
  cache.set(plan, index);
  return index;
}
