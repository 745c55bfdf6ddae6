import "server-only";
import type { Db } from "../db/client";
import { monthlyPremiumMinor } from "./premium";
import type { SchemeContext } from "./scheme";

/**
 * The scheme overview (issue 12 point 1): who is enrolled and what it costs — counts only, never a
 * name or a health field of the co-insured (GRP-3).
 */
export interface SchemeOverview {
  employer: { name: string; cvr: string };
  scheme: { name: string; policyNumber: string; planName: { da: string; en: string }; currency: string };
  year: { from: string; to: string };
  headcount: { active: number; joining: number; leaving: number; ended: number };
  /** Spouses, partners and children covered today through an employee (a count, GRP-3). */
  coInsured: number;
  premium: { perPersonYearMinor: number; perPersonMonthMinor: number; yearToDateMinor: number; insuredMonthsToDate: number; paidForCount: number };
}

interface CountsRow {
  active: number;
  joining: number;
  leaving: number;
  ended: number;
  co_insured: number;
  months: number;
}

/** One statement over the policy's enrolments (10,000 staff: a few milliseconds on its index). */
export async function loadSchemeOverview(db: Db, ctx: SchemeContext, today: string): Promise<SchemeOverview> {
  const rows = await db.$queryRaw<CountsRow[]>`
    WITH e AS (
      SELECT role, "startDate" AS s, "endDate" AS x FROM "Enrolment"
      WHERE "policyId" = ${ctx.policy.id}::uuid AND status = 'ACTIVE'
    )
    SELECT
      count(*) FILTER (WHERE role = 'EMPLOYEE' AND s <= ${today}::date AND x IS NULL)::int AS active,
      count(*) FILTER (WHERE role = 'EMPLOYEE' AND s > ${today}::date)::int AS joining,
      count(*) FILTER (WHERE role = 'EMPLOYEE' AND s <= ${today}::date AND x >= ${today}::date)::int AS leaving,
      count(*) FILTER (WHERE role = 'EMPLOYEE' AND x < ${today}::date)::int AS ended,
      count(*) FILTER (WHERE role <> 'EMPLOYEE' AND s <= ${today}::date AND (x IS NULL OR x >= ${today}::date))::int AS co_insured,
      coalesce(sum(greatest(0,
        (extract(year FROM least(coalesce(x, ${today}::date), ${today}::date)) * 12 + extract(month FROM least(coalesce(x, ${today}::date), ${today}::date)))
        - (extract(year FROM greatest(s, ${ctx.year.from}::date)) * 12 + extract(month FROM greatest(s, ${ctx.year.from}::date))) + 1
      )) FILTER (WHERE role = 'EMPLOYEE' AND s <= ${today}::date), 0)::int AS months
    FROM e`;
  const counts = rows[0]!;
  const perMonth = monthlyPremiumMinor(ctx.scheme.premiumPerPersonMinor);
  return {
    employer: { name: ctx.employer.name, cvr: ctx.employer.cvr },
    scheme: { name: ctx.scheme.name, policyNumber: ctx.policy.number, planName: ctx.planName, currency: ctx.policy.currency },
    year: ctx.year,
    headcount: { active: counts.active, joining: counts.joining, leaving: counts.leaving, ended: counts.ended },
    coInsured: counts.co_insured,
    premium: {
      perPersonYearMinor: ctx.scheme.premiumPerPersonMinor,
      perPersonMonthMinor: perMonth,
      yearToDateMinor: counts.months * perMonth,
      insuredMonthsToDate: counts.months,
      paidForCount: ctx.scheme.paidForCount,
    },
  };
}
