import "server-only";
import type { Db } from "../db/client";
import { monthlyPremiumMinor } from "./premium";
import type { SchemeContext } from "./scheme";

/**
 * GRP-5, the annual reconciliation: per month of the policy year, the employees actually insured
 * (covered on any day of the month, as the premium counts them) against those paid for; the
 * difference, at the monthly premium, is charged (more insured than paid for) or credited.
 * Counts and money only: no names, nothing about health (GRP-3).
 */
export interface ReconciliationMonth {
  month: string; // YYYY-MM
  insured: number;
  paidFor: number;
  difference: number;
  /** Positive: charged to the employer; negative: credited. Integer øre. */
  amountMinor: number;
}

export interface Reconciliation {
  employer: { name: string; cvr: string };
  year: { from: string; to: string };
  currency: string;
  monthlyPremiumMinor: number;
  months: ReconciliationMonth[];
  totals: { insured: number; paidFor: number; difference: number; amountMinor: number };
}

/** One statement: every month of the policy year with the employees covered in it. */
export async function loadReconciliation(db: Db, ctx: SchemeContext): Promise<Reconciliation> {
  const rows = await db.$queryRaw<{ month: string; insured: number }[]>`
    SELECT to_char(m, 'YYYY-MM') AS month,
      (SELECT count(*)::int FROM "Enrolment" e
        WHERE e."policyId" = ${ctx.policy.id}::uuid AND e.role = 'EMPLOYEE' AND e.status = 'ACTIVE'
          AND e."startDate" <= (m + interval '1 month - 1 day')::date AND (e."endDate" IS NULL OR e."endDate" >= m::date)) AS insured
    FROM generate_series(date_trunc('month', ${ctx.year.from}::date), ${ctx.year.to}::date, interval '1 month') AS m
    ORDER BY m`;
  const perMonth = monthlyPremiumMinor(ctx.scheme.premiumPerPersonMinor);
  const paidFor = ctx.scheme.paidForCount;
  const months = rows.map((r) => ({ month: r.month, insured: r.insured, paidFor, difference: r.insured - paidFor, amountMinor: (r.insured - paidFor) * perMonth }));
  const sum = (key: "insured" | "paidFor" | "difference" | "amountMinor") => months.reduce((total, m) => total + m[key], 0);
  return {
    employer: { name: ctx.employer.name, cvr: ctx.employer.cvr }, year: ctx.year, currency: ctx.policy.currency, monthlyPremiumMinor: perMonth, months,
    totals: { insured: sum("insured"), paidFor: sum("paidFor"), difference: sum("difference"), amountMinor: sum("amountMinor") },
  };
}

/** The reconciliation as CSV, the way Danish spreadsheets open it: `;`, a BOM, amounts in kroner with a decimal comma. */
export function reconciliationCsv(r: Reconciliation): string {
  const kroner = (minor: number) => (minor / 100).toFixed(2).replace(".", ",");
  const lines = [
    "måned;forsikrede;betalt for;forskel;beløb (kr.)",
    ...r.months.map((m) => [m.month, m.insured, m.paidFor, m.difference, kroner(m.amountMinor)].join(";")),
    ["i alt", r.totals.insured, r.totals.paidFor, r.totals.difference, kroner(r.totals.amountMinor)].join(";"),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
