import { getTranslations } from "next-intl/server";
import type { BenefitTable } from "@/lib/home/benefit-table";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";

/** The plan-wide terms: annual maximum, deductible, invoice share, approval rules, exclusions, deadlines. */
export async function PlanTerms({ table, locale }: { table: BenefitTable; locale: Locale }) {
  const t = await getTranslations("benefits");
  const money = (minor: number) => formatMoney(minor, table.currency, locale);
  const pa = table.preAuthorisation;
  const overall = [
    table.annualMaximumMinor === null ? t("overall.noAnnualMaximum") : t("overall.annualMaximum", { amount: money(table.annualMaximumMinor), rule: "BEN-2" }),
    table.deductible === null
      ? t("overall.noDeductible")
      : `${t(table.deductible.kind === "per_claim" ? "overall.deductiblePerClaim" : "overall.deductiblePerYear", { amount: money(table.deductible.amountMinor), rule: "BEN-4" })} ${t(table.deductible.collection === "paid_to_provider" ? "overall.deductibleToProvider" : "overall.deductibleFromRefund")}`,
    ...(table.maxShareOfInvoicePercent === null ? [] : [t("overall.invoiceShare", { percent: table.maxShareOfInvoicePercent, rule: "BEN-5" })]),
  ];
  const approval = [
    ...(pa.settings.length ? [t("preAuthorisation.settings", { rule: "PA-1" })] : []),
    t("preAuthorisation.emergency", { hours: pa.emergencyNotificationHours, rule: "PA-3" }),
    pa.missing.action === "reduce"
      ? t("preAuthorisation.reduce", { usa: pa.missing.reductionPercentUsa, elsewhere: pa.missing.reductionPercentElsewhere, rule: "PA-4" })
      : t("preAuthorisation.refuse", { rule: "PA-4" }),
    ...(pa.outOfNetwork ? [t("preAuthorisation.network", { countries: pa.outOfNetwork.countries.join(", "), percent: pa.outOfNetwork.reductionPercent, rule: "PA-6" })] : []),
  ];
  return (
    <>
      <Card title={t("overall.title")} headingLevel={3}>
        <ul className="list-disc space-y-1 ps-5 text-ink">{overall.map((text) => <li key={text}>{text}</li>)}</ul>
      </Card>
      <Card title={t("preAuthorisation.title")} headingLevel={3}>
        <ul className="list-disc space-y-1 ps-5 text-ink">{approval.map((text) => <li key={text}>{text}</li>)}</ul>
      </Card>
      {table.coveredConditions ? (
        <Card title={t("conditions.title")} headingLevel={3}>
          <p className="mb-2 text-ink">{t("conditions.intro", { months: table.coveredConditions.coverageMonths, rule: "ELG-9" })}</p>
          <ul className="list-disc space-y-1 ps-5 text-ink sm:columns-2">{table.coveredConditions.labels.map((label) => <li key={label.en}>{label[locale]}</li>)}</ul>
          {table.coveredConditions.seriousAccidentCovered ? <p className="mt-2 text-ink">{t("conditions.accident")}</p> : null}
        </Card>
      ) : null}
      <Card title={t("exclusions.title")} headingLevel={3}>
        <p className="mb-2 text-ink">{t("exclusions.intro", { rule: "ELG-7" })}</p>
        <ul className="list-disc space-y-1 ps-5 text-ink sm:columns-2">{table.exclusions.map((exclusion) => <li key={exclusion.code}>{exclusion.label[locale]}</li>)}</ul>
        {table.preExistingExcluded ? <p className="mt-2 text-ink">{t("exclusions.preExisting", { rule: "ELG-8" })}</p> : null}
      </Card>
      <Card title={t("deadlines.title")} headingLevel={3}>
        <ul className="list-disc space-y-1 ps-5 text-ink">
          <li>{t("deadlines.report", { months: table.claimDeadlines.reportWithinMonths, rule: "CLM-3" })}</li>
          <li>{t("deadlines.afterEnd", { months: table.claimDeadlines.afterPolicyEndMonths, rule: "ELG-6" })}</li>
        </ul>
      </Card>
    </>
  );
}
