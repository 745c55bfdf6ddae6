import { addMonths, toDay } from "../dates";
import type { Plan } from "../schema/plan";

/**
 * FAM-3: the day by which a newborn must be registered to be covered from birth without a health
 * declaration, and the days left (negative: passed). Undefined where the plan has no newborn rule
 * (the child is then added like any other child).
 */
export function newbornDeadline(plan: Pick<Plan, "family">, birthDate: string, today: string): { registerBy: string; daysLeft: number } | undefined {
  const rule = plan.family.newborn;
  if (!rule) return undefined;
  const registerBy = addMonths(birthDate, rule.registerWithinMonths);
  return { registerBy, daysLeft: toDay(registerBy) - toDay(today) };
}
