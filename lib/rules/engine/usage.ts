import { toDay, toIso, type DayNumber } from "../dates";
import type { Policy } from "../schema/claimCase";
import type { LimitUsage, UsageSummary } from "../schema/decision";
import type { BenefitCategory, Caps, LimitGroup, Plan } from "../schema/plan";
import { within, type MoneyText } from "./context";
import type { Ledger } from "./ledger";
import type { PlanIndex } from "./planIndex";

interface UsageContext {
  plan: Plan;
  index: PlanIndex;
  policy: Policy;
  ledger: Ledger;
  money: MoneyText;
}

function moneyLimit(m: MoneyText, ruleId: LimitUsage["ruleId"], kind: LimitUsage["kind"], label: { da: string; en: string }, limit: number, used: number): LimitUsage {
  const remaining = Math.max(0, limit - used);
  return {
    ruleId, kind, limit, used, remaining, unit: "minor",
    da: `${label.da}: ${m.da(used)} brugt af ${m.da(limit)}, ${m.da(remaining)} tilbage.`,
    en: `${label.en}: ${m.en(used)} used of ${m.en(limit)}, ${m.en(remaining)} left.`,
  };
}

function visitLimit(label: { da: string; en: string }, max: number, window: number, used: number): LimitUsage {
  const remaining = Math.max(0, max - used);
  return {
    ruleId: "BEN-3", kind: "visits_in_window", limit: max, used, remaining, unit: "visits",
    da: `${label.da}: ${used} af ${max} besøg inden for de seneste ${window} dage.`,
    en: `${label.en}: ${used} of ${max} visits within the last ${window} days.`,
  };
}

/** ELG-3: the add-on tier in force on a day (ignoring waiting periods, which only delay claims). */
function activeTier(ctx: UsageContext, category: BenefitCategory, day: DayNumber) {
  for (let i = category.addOnTiers.length - 1; i >= 0; i--) {
    const tier = category.addOnTiers[i];
    if (tier !== undefined && ctx.policy.addOns.some((a) => a.code === tier.addOnCode && within(day, a.startDate, a.endDate))) return tier;
  }
  return undefined;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Used and remaining amounts and counters for the policy year containing `asOf`. */
export function buildUsage(ctx: UsageContext, asOf: string): UsageSummary {
  const m = ctx.money;
  const day = toDay(asOf);
  const year = ctx.ledger.yearFor(day);
  const plan = ctx.plan;

  let annualMaximum: LimitUsage | null = null;
  if (plan.annualMaximumPerPersonMinor !== null) {
    let limit = plan.annualMaximumPerPersonMinor;
    for (const bought of ctx.policy.addOns) {
      if (within(day, bought.startDate, bought.endDate)) limit += plan.addOns.find((a) => a.code === bought.code)?.raisesAnnualMaximumMinor ?? 0;
    }
    annualMaximum = moneyLimit(m, "BEN-2", "annual_maximum", { da: "Samlet årligt maksimum", en: "Overall annual maximum" }, limit, year.paid);
  }
  let deductible: LimitUsage | null = null;
  if (plan.deductible.kind === "per_policy_year") {
    deductible = moneyLimit(m, "BEN-4", "deductible", { da: "Selvrisiko i forsikringsåret", en: "Deductible this policy year" }, plan.deductible.amountMinor, year.deductible);
  }

  const categories: UsageSummary["categories"] = [];
  for (const category of plan.benefitCategories) {
    const tier = activeTier(ctx, category, day);
    if (category.addOnTiers.length > 0 && tier === undefined) continue;
    const caps: Caps = tier?.caps === undefined ? category.caps : { ...category.caps, ...tier.caps };
    const paidInYear = ctx.ledger.categoryPaid(year, category.code);
    const quantityInYear = ctx.ledger.categoryQuantity(year, category.code);
    const limits: LimitUsage[] = [];
    if (caps.perPolicyYearMinor !== undefined) {
      limits.push(moneyLimit(m, "BEN-1", "per_policy_year", category.label, caps.perPolicyYearMinor, paidInYear));
    }
    if (category.visitLimit !== undefined) {
      const { maxVisits, windowDays } = category.visitLimit;
      limits.push(visitLimit(category.label, maxVisits, windowDays, ctx.ledger.quantityBetween("days", [category.code], day - windowDays + 1, day)));
    }
    if (limits.length === 0 && quantityInYear === 0) continue;
    categories.push({ code: category.code, label: category.label, paidMinor: paidInYear, quantity: quantityInYear, limits });
  }

  const limitGroups: UsageSummary["limitGroups"] = [];
  for (const group of plan.limitGroups) {
    const limits: LimitUsage[] = [];
    const yearly = groupYearLimit(ctx, group, day);
    const paid = ctx.ledger.groupPaid(year, group.code);
    if (yearly !== undefined) limits.push(moneyLimit(m, "BEN-1", "per_policy_year", group.label, yearly, paid));
    if (group.visitLimit !== undefined) {
      const { maxVisits, windowDays } = group.visitLimit;
      limits.push(visitLimit(group.label, maxVisits, windowDays, ctx.ledger.quantityBetween("days", group.categoryCodes, day - windowDays + 1, day)));
    }
    if (limits.length > 0) limitGroups.push({ code: group.code, label: group.label, paidMinor: paid, limits });
  }

  const counters: LimitUsage[] = [];
  const seen = new Set<string>();
  for (const category of plan.benefitCategories) {
    const pa = category.preAuthorisation;
    if (pa.kind !== "after_treatments") continue;
    const key = ctx.index.paCounterKey.get(category.code) ?? category.code;
    if (seen.has(key)) continue;
    seen.add(key);
    const members = ctx.index.paCounterCategories.get(key) ?? [category.code];
    const count = ctx.ledger.treatments(category.code, day, pa.period);
    const names = members.map((code) => ctx.index.categories.get(code)?.label ?? { da: code, en: code });
    const da = names.map((n) => lowerFirst(n.da)).join(", ");
    const en = names.map((n) => lowerFirst(n.en)).join(", ");
    counters.push({
      ruleId: "PA-2", kind: "pre_authorisation_threshold", limit: pa.freeTreatments, used: count,
      remaining: Math.max(0, pa.freeTreatments - count), unit: "treatments",
      da: count < pa.freeTreatments
        ? `${upperFirst(da)}: ${count} af ${pa.freeTreatments} behandlinger, før forhåndsgodkendelse kræves.`
        : `${upperFirst(da)}: ${count} behandlinger; forhåndsgodkendelse kræves fra den ${pa.freeTreatments + 1}.`,
      en: count < pa.freeTreatments
        ? `${upperFirst(en)}: ${count} of ${pa.freeTreatments} treatments before pre-authorisation is needed.`
        : `${upperFirst(en)}: ${count} treatments; pre-authorisation is needed from treatment ${pa.freeTreatments + 1}.`,
    });
  }

  return {
    asOf,
    currency: plan.currency,
    policyYear: { from: toIso(year.from), to: toIso(year.to) },
    paidMinor: year.paid,
    annualMaximum,
    deductible,
    categories,
    limitGroups,
    counters,
  };
}

function groupYearLimit(ctx: UsageContext, group: LimitGroup, day: DayNumber): number | undefined {
  for (let i = group.addOnTiers.length - 1; i >= 0; i--) {
    const tier = group.addOnTiers[i];
    if (tier !== undefined && ctx.policy.addOns.some((a) => a.code === tier.addOnCode && within(day, a.startDate, a.endDate))) return tier.perPolicyYearMinor;
  }
  return group.perPolicyYearMinor;
}
