import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { SettlementContent, SettlementLine } from "@/lib/claims/settlement-content";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { cx } from "@/components/cx";

const OUTCOME_STYLE: Record<string, string> = {
  APPROVED: "bg-success-bg text-success",
  PARTLY_APPROVED: "bg-brand-50 text-brand-900",
  REJECTED: "bg-danger-bg text-danger",
};

async function LineCard({ line, content, locale }: { line: SettlementLine; content: SettlementContent; locale: Locale }) {
  const t = await getTranslations("settlement");
  const money = (minor: number) => formatMoney(minor, content.currency, locale);
  const rows: { key: string; amount: number; strong?: boolean }[] = [
    { key: "claimed", amount: line.claimedMinor },
    { key: "eligible", amount: line.eligibleMinor },
    { key: "coverage", amount: line.coverageMinor },
    { key: "caps", amount: line.capsMinor },
    { key: "deductible", amount: line.deductibleMinor },
    { key: "reductions", amount: line.reductionsMinor },
    { key: "paid", amount: line.paidMinor, strong: true },
    { key: "memberShare", amount: line.memberShareMinor },
  ];
  return (
    <Card title={t("line.title", { lineNo: line.lineNo, category: line.category.label[locale] })}>
      <p className="text-muted">{t("line.meta", { date: formatDate(line.date, locale), provider: line.providerName })}</p>
      <p className="mt-2">
        <span className="font-semibold">{t("line.outcome")}: </span>
        <span className={cx("rounded px-2 py-0.5 font-semibold", OUTCOME_STYLE[line.outcome] ?? "bg-surface text-ink")} data-testid="line-outcome">
          {t(`outcomes.${line.outcome}` as "outcomes.APPROVED")}
        </span>
      </p>
      <table className="mt-4 w-full max-w-md text-left">
        <caption className="sr-only">{t("line.amountsCaption", { lineNo: line.lineNo })}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("amounts.item")}</th>
            <th scope="col">{t("amounts.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={cx("border-b border-brand-100", row.strong && "font-semibold")}>
              <th scope="row" className="py-1 pe-4 font-normal">
                {row.strong ? <strong>{t(`amounts.${row.key}` as "amounts.paid")}</strong> : t(`amounts.${row.key}` as "amounts.paid")}
              </th>
              <td className="py-1 text-end tabular-nums">{money(row.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-5 font-semibold text-ink">{t("line.steps")}</h3>
      <ol className="mt-2 flex flex-col gap-1 ps-0">
        {line.steps.map((step, index) => (
          <li key={index} className="flex gap-2">
            {step.ruleId ? <span className="shrink-0 rounded bg-brand-50 px-1.5 font-mono text-sm text-brand-900">{step.ruleId}</span> : null}
            <span>{step[locale]}</span>
          </li>
        ))}
      </ol>
      {line.reasons.length ? (
        <>
          <h3 className="mt-4 font-semibold text-ink">{t("line.reasons")}</h3>
          <ul className="mt-2 flex flex-col gap-1">
            {line.reasons.map((reason, index) => (
              <li key={index} className="flex gap-2">
                <span className="shrink-0 rounded bg-brand-50 px-1.5 font-mono text-sm text-brand-900">{reason.ruleId}</span>
                <span>{reason[locale]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {line.adjustment ? (
        <div className="mt-4 rounded-md border-s-4 border-brand-700 bg-brand-50 p-3" data-testid="line-adjustment">
          <h3 className="font-semibold text-ink">{t("line.adjustment")}</h3>
          <p className="mt-1">
            {line.adjustment.ruleId ? <span className="me-2 font-mono text-sm">{t("line.adjustmentRule", { ruleId: line.adjustment.ruleId })}</span> : null}
            {line.adjustment.reason}
          </p>
        </div>
      ) : null}
    </Card>
  );
}

/** CLM-7: the note line by line, in the reader's language, with totals and how to complain. */
export async function SettlementView({ content, locale, pdfHref }: { content: SettlementContent; locale: Locale; pdfHref: string }) {
  const t = await getTranslations("settlement");
  const money = (minor: number) => formatMoney(minor, content.currency, locale);
  return (
    <div className="flex flex-col gap-6">
      <Card title={t("summary.title")}>
        <DetailList
          items={[
            { label: t("summary.claimNumber"), value: content.claimNumber },
            { label: t("summary.patient"), value: content.patientName },
            { label: t("summary.decidedOn"), value: formatDate(content.decidedOn, locale) },
            { label: t("summary.decidedBy"), value: t(`summary.${content.decidedBy}`) },
            { label: t("summary.payee"), value: content.payee.name },
            content.payee.accountMasked
              ? { label: t("summary.account"), value: content.payee.accountMasked }
              : { label: t("summary.account"), value: t("summary.noAccount"), muted: true },
            content.paymentDate
              ? { label: t("summary.paymentDate"), value: `${formatDate(content.paymentDate, locale)} — ${t("summary.paymentDateHint")}` }
              : { label: t("summary.paymentDate"), value: t("summary.noPayment"), muted: true },
          ]}
        />
        <p className="mt-5">
          <a href={pdfHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800" download>
            {t("download")}
          </a>
        </p>
      </Card>

      {content.lines.map((line) => (
        <LineCard key={line.lineNo} line={line} content={content} locale={locale} />
      ))}

      <Card title={t("totals.title")}>
        <DetailList
          items={[
            { label: t("totals.claimed"), value: money(content.totals.claimedMinor) },
            { label: t("totals.paid"), value: <strong>{money(content.totals.payableMinor)}</strong> },
            { label: t("totals.memberShare"), value: money(content.totals.memberShareMinor) },
          ]}
        />
      </Card>

      <Card title={t("complain.title")}>
        <div className="flex max-w-prose flex-col gap-3">
          <p>{t("complain.intro", { claimNumber: content.claimNumber })}</p>
          <p>{t("complain.internal")}</p>
          <p>{t("complain.external")}</p>
        </div>
      </Card>
    </div>
  );
}
