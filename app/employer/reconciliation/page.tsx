import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadReconciliationPage } from "@/lib/employer/pages";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.reconciliation"))("metaTitle") };
}

/** GRP-5: insured employee-months against those paid for, per month, the difference charged or credited. */
export default async function ReconciliationPage() {
  const [{ reconciliation: r, locale }, t, tp] = await Promise.all([loadReconciliationPage(), getTranslations("employer.reconciliation"), getTranslations("employerAdmins.pdf")]);
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  const cell = "py-2 pr-4 text-right tabular-nums";
  return (
    <>
      <PageHeading lead={t("lead", { from: formatDate(r.year.from, locale), to: formatDate(r.year.to, locale), premium: money(r.monthlyPremiumMinor) })}>{t("title")}</PageHeading>
      <p className="mb-4">
        <a href="/employer/reconciliation/csv" download>{t("download")}</a>
        {" · "}
        <a href="/employer/reconciliation/pdf" download>{tp("download")}</a>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-100">
              <th scope="col" className="py-2 pr-4 text-left">{t("month")}</th>
              <th scope="col" className={cell}>{t("insured")}</th>
              <th scope="col" className={cell}>{t("paidFor")}</th>
              <th scope="col" className={cell}>{t("difference")}</th>
              <th scope="col" className={cell}>{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {r.months.map((m) => (
              <tr key={m.month} className="border-b border-brand-100">
                <th scope="row" className="py-2 pr-4 text-left font-normal">{m.month}</th>
                <td className={cell}>{m.insured}</td>
                <td className={cell}>{m.paidFor}</td>
                <td className={cell}>{m.difference}</td>
                <td className={cell}>{money(m.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-brand-100 font-semibold">
              <th scope="row" className="py-2 pr-4 text-left">{t("total")}</th>
              <td className={cell}>{r.totals.insured}</td>
              <td className={cell}>{r.totals.paidFor}</td>
              <td className={cell}>{r.totals.difference}</td>
              <td className={cell} data-testid="reconciliation-total">{money(r.totals.amountMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-4">{r.totals.amountMinor > 0 ? t("charged", { amount: money(r.totals.amountMinor) }) : r.totals.amountMinor < 0 ? t("credited", { amount: money(-r.totals.amountMinor) }) : t("even")}</p>
    </>
  );
}
