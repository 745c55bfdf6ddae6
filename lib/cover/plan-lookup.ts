import "server-only";
import { planSchema, type Plan } from "../rules";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";

const cache = new Map<string, Plan>();

/** A policy's plan as validated rules data. Plans are versioned and immutable, so caching by id is safe. */
export async function planById(db: Db, planId: string): Promise<Plan> {
  const cached = cache.get(planId);
  if (cached) return cached;
  const row = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { schedule: true } });
  const plan = planSchema.parse(row.schedule);
  cache.set(planId, plan);
  return plan;
}

export function categoryLabel(plan: Plan, code: string, locale: Locale): string {
  return plan.benefitCategories.find((category) => category.code === code)?.label[locale] ?? code;
}

/** The label in both languages (what settlement notes and the handler's review keep). */
export function categoryLabels(plan: Plan, code: string): Record<Locale, string> {
  return { da: categoryLabel(plan, code, "da"), en: categoryLabel(plan, code, "en") };
}
