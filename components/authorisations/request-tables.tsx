import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { RequestListItem } from "@/lib/authorisations/detail";
import type { RequestQueueItem } from "@/lib/authorisations/review/queue";
import { loadRequestQueuePage } from "@/lib/authorisations/review/pages";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

const cell = "border-b border-brand-100 px-3 py-2 text-left align-top";

/** A scrolling table with a hidden caption and a header row (phones scroll it sideways). */
function RequestTable({ caption, headers, minWidth, testId, children }: { caption: string; headers: string[]; minWidth: string; testId?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} border-collapse`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export async function MemberRequestTable({ items, locale }: { items: RequestListItem[]; locale: Locale }) {
  const t = await getTranslations("authorisations");
  if (items.length === 0) return <p className="text-muted">{t("list.empty")}</p>;
  return (
    <RequestTable caption={t("list.caption")} minWidth="min-w-[36rem]" headers={(["reference", "patient", "treatment", "planned", "status"] as const).map((key) => t(`list.${key}`))}>
          {items.map((item) => (
            <tr key={item.id}>
              <td className={cell}>
                <Link href={item.status === "DRAFT" ? `/member/authorisations/new?draft=${item.id}` : `/member/authorisations/${item.id}`}>{item.reference}</Link>
              </td>
              <td className={cell}>{item.patientName}</td>
              <td className={cell}>{item.treatment[locale]}</td>
              <td className={cell}>{formatDate(item.plannedDate, locale)}</td>
              <td className={cell}>
                {t(`statuses.${item.status}`)}
                {item.dueAt && (item.status === "SUBMITTED" || item.status === "IN_REVIEW") ? <span className="block text-sm text-muted">{t("list.answerBy", { time: formatDateTime(item.dueAt, locale) })}</span> : null}
              </td>
            </tr>
          ))}
    </RequestTable>
  );
}

/** The handler's requests by time left to the 48 hours (GOP-2). */
export async function RequestQueueTable({ items, locale }: { items: RequestQueueItem[]; locale: Locale }) {
  const t = await getTranslations("authorisations");
  if (items.length === 0) return <p className="text-muted">{t("handler.empty")}</p>;
  return (
    <RequestTable caption={t("handler.caption")} minWidth="min-w-[40rem]" testId="request-queue" headers={(["reference", "patient", "treatment", "status", "timeLeft", "reasons"] as const).map((key) => t(`handler.${key}`))}>
          {items.map((item) => (
            <tr key={item.id}>
              <td className={cell}>
                <Link href={`/handler/authorisations/${item.id}`}>{item.reference}</Link>
                {item.emergency ? <span className="ml-2 text-sm font-semibold text-danger">{t("handler.emergency")}</span> : null}
                {item.topUp ? <span className="ml-2 text-sm font-semibold">{t("handler.topUp")}</span> : null}
              </td>
              <td className={cell}>{item.patientName}</td>
              <td className={cell}>{item.treatment[locale]}</td>
              <td className={cell}>{t(`statuses.${item.status}`)}</td>
              <td className={cell}>
                {item.hoursLeft === null ? "—" : item.hoursLeft >= 0 ? t("handler.hoursLeft", { hours: item.hoursLeft }) : <span className="font-semibold text-danger">{t("handler.overdue", { hours: -item.hoursLeft })}</span>}
                {item.dueAt ? <span className="block text-sm text-muted">{formatDateTime(item.dueAt, locale)}</span> : null}
              </td>
              <td className={cell}>{item.ruleIds.join(", ")}</td>
            </tr>
          ))}
    </RequestTable>
  );
}

/** The handler home's section (app/handler/page.tsx): requests beside the claims, by time left to 48 hours. */
export async function HandlerRequestsSection() {
  const [{ items, locale }, t] = await Promise.all([loadRequestQueuePage(), getTranslations("authorisations.handler")]);
  return (
    <section aria-labelledby="request-queue-heading" className="my-8">
      <h2 id="request-queue-heading" className="mb-1 text-xl font-semibold text-ink">
        <Link href="/handler/authorisations">{t("sectionTitle")}</Link>
      </h2>
      <p className="mb-3 text-muted">{t("sectionLead")}</p>
      <RequestQueueTable items={items} locale={locale} />
    </section>
  );
}
