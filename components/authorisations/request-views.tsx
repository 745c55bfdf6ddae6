import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DetailList, type DetailItem } from "@/components/ui/detail-list";
import type { RequestDetail } from "@/lib/authorisations/detail";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";

/** The parts of a request's page both sides show (server components; plain DTOs in). */

const SETTING_CODE: Record<string, string> = { OUT_PATIENT: "out_patient", DAY_PATIENT: "day_patient", IN_PATIENT: "in_patient" };

export async function RequestSummary({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("authorisations");
  const money = (minor: number | null) => (minor === null ? "—" : formatMoney(minor, detail.currency, locale));
  const items: DetailItem[] = [
    { label: t("detail.patient"), value: detail.patientName },
    { label: t("detail.requestedBy"), value: detail.requestedByName },
    { label: t("detail.treatment"), value: detail.treatment[locale] },
    { label: t("detail.setting"), value: t(`settings.${SETTING_CODE[detail.setting] ?? "out_patient"}`) },
    { label: t("detail.country"), value: detail.country },
    { label: t("detail.diagnosis"), value: detail.diagnosis },
    { label: t("detail.plannedTreatment"), value: detail.plannedTreatment },
    { label: t("detail.provider"), value: detail.providerName },
    detail.emergency && detail.treatmentStartedAt ? { label: t("detail.startedAt"), value: formatDateTime(detail.treatmentStartedAt, locale) } : { label: t("detail.plannedDate"), value: formatDate(detail.plannedDate, locale) },
    { label: t("detail.estimate"), value: money(detail.estimatedCostMinor) },
  ];
  if (detail.sessionsRequested !== null) items.push({ label: t("detail.sessions"), value: String(detail.sessionsRequested) });
  if (detail.periodFrom && detail.periodTo) items.push({ label: t("detail.period"), value: `${formatDate(detail.periodFrom, locale)} – ${formatDate(detail.periodTo, locale)}` });
  return (
    <Card title={t("detail.summary")}>
      <DetailList items={items} />
    </Card>
  );
}

export async function RequestAnswer({ detail, locale, letterHref }: { detail: RequestDetail; locale: Locale; letterHref: string | null }) {
  const t = await getTranslations("authorisations");
  const money = (minor: number | null) => (minor === null ? "—" : formatMoney(minor, detail.currency, locale));
  const approved = detail.status === "APPROVED" || detail.status === "PARTLY_APPROVED";
  const items: DetailItem[] = [{ label: t("list.status"), value: t(`statuses.${detail.status}`) }];
  if (approved) {
    items.push(
      { label: t("detail.approvedAmount"), value: money(detail.approvedAmountMinor) },
      { label: t("detail.approvedSessions"), value: detail.sessionsApproved === null ? "—" : String(detail.sessionsApproved) },
      { label: t("detail.validity"), value: detail.validFrom && detail.validTo ? `${formatDate(detail.validFrom, locale)} – ${formatDate(detail.validTo, locale)}` : "—" },
      { label: t("detail.directBilling"), value: detail.directBilling ? t("detail.yes") : t("detail.no") },
      { label: t("detail.deductible"), value: money(detail.deductibleMinor) },
      { label: t("detail.memberShare"), value: money(detail.memberShareMinor) },
    );
    if (detail.conditions) items.push({ label: t("detail.conditions"), value: detail.conditions });
  }
  if (detail.refusalRuleId) items.push({ label: t("detail.refusedRule"), value: detail.refusalRuleId });
  if (detail.decisionNote) items.push({ label: t("detail.note"), value: detail.decisionNote });
  return (
    <Card title={t("detail.answer")}>
      <DetailList items={items} />
      {letterHref ? (
        <p className="mt-4">
          <a href={letterHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white" download>
            {t("detail.letter")}
          </a>
        </p>
      ) : null}
      {detail.topUpOf ? <p className="mt-3">{t("detail.topUpOf", { reference: detail.topUpOf.reference })}</p> : null}
    </Card>
  );
}

export async function RequestTimeline({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("authorisations.timeline");
  const label = (event: RequestDetail["events"][number]) => {
    if (event.kind === "EMERGENCY_NOTIFIED") return t(event.data.late ? "EMERGENCY_LATE" : "EMERGENCY_NOTIFIED", { hours: Number(event.data.hoursAfterStart ?? 0) });
    if (event.kind === "IN_REVIEW") return t("IN_REVIEW", { ruleIds: Array.isArray(event.data.ruleIds) ? event.data.ruleIds.join(", ") : "" });
    return t(event.kind as "RECEIVED");
  };
  const tt = await getTranslations("authorisations.detail");
  return (
    <Card title={tt("timeline")}>
      <ol className="flex flex-col gap-2">
        {detail.events.map((event) => (
          <li key={event.id} className="flex flex-col sm:flex-row sm:gap-4">
            <span className="text-muted sm:w-44">{formatDateTime(event.at, locale)}</span>
            <span>{label(event)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export async function RequestDocuments({ detail, locale, hrefOf }: { detail: RequestDetail; locale: Locale; hrefOf: (id: string, isLetter: boolean) => string }) {
  const t = await getTranslations("authorisations.detail");
  return (
    <Card title={t("documents")}>
      {detail.documents.length === 0 ? (
        <p className="text-muted">{t("noDocuments")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {detail.documents.map((doc) => (
            <li key={doc.id}>
              <a href={hrefOf(doc.id, doc.isLetter)} className="break-all">
                {doc.isLetter ? `${t("letterDocument")}: ${doc.name}` : doc.name}
              </a>
              <span className="ml-2 text-muted">{formatDateTime(doc.createdAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export async function RequestInvoices({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("authorisations.detail");
  if (detail.invoices.length === 0) return null;
  const money = (minor: number) => formatMoney(minor, detail.currency, locale);
  return (
    <Card title={t("invoices")}>
      <div className="flex flex-col gap-5">
        {detail.invoices.map((invoice) => (
          <section key={invoice.id} aria-label={t("settlementNote", { number: invoice.number })} className="flex flex-col gap-2" data-testid="invoice-settlement">
            <h3 className="font-semibold">
              {t("settlementNote", { number: invoice.number })} · {t("invoice", { invoiceNumber: invoice.invoiceNumber, date: formatDate(invoice.invoiceDate, locale) })}
            </h3>
            <DetailList
              items={[
                { label: t("invoiceAmount"), value: money(invoice.amountMinor) },
                { label: t("covered"), value: money(invoice.coveredMinor) },
                { label: t("deductible"), value: money(invoice.deductibleMinor) },
                { label: t("uncovered"), value: money(invoice.uncoveredMinor) },
                { label: t("yourShare"), value: money(invoice.memberShareMinor) },
                ...(invoice.aboveGuaranteeMinor > 0 ? [{ label: t("aboveGuarantee"), value: money(invoice.aboveGuaranteeMinor) }] : []),
              ]}
            />
            {invoice.status === "TOP_UP_REQUESTED" ? <p className="font-medium text-danger">{t("heldForTopUp")}</p> : null}
            <ul className="list-disc pl-5 text-muted">
              {invoice.lines.map((line, index) => (
                <li key={index}>
                  <span className="font-semibold text-ink">{line.ruleId}</span> {line[locale]}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}

export async function RequestMessageList({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("authorisations.detail");
  return detail.messages.length === 0 ? (
    <p className="text-muted">{t("noMessages")}</p>
  ) : (
    <ul className="flex flex-col gap-3">
      {detail.messages.map((m) => (
        <li key={m.id} className="rounded-md border border-brand-100 p-3">
          <p className="text-sm text-muted">
            {m.authorName} · {formatDateTime(m.at, locale)}
          </p>
          <p className="whitespace-pre-line">{m.body}</p>
        </li>
      ))}
    </ul>
  );
}

export async function TopUpLinks({ detail, base }: { detail: RequestDetail; base: string }) {
  const t = await getTranslations("authorisations");
  if (detail.topUps.length === 0) return null;
  return (
    <Card title={t("detail.topUps")}>
      <ul className="flex flex-col gap-1">
        {detail.topUps.map((topUp) => (
          <li key={topUp.id}>
            <Link href={`${base}/${topUp.id}`}>{topUp.reference}</Link> · {t(`statuses.${topUp.status}`)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
