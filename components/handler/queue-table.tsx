import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/claims/review/queue";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { cx } from "@/components/cx";
import { Card } from "@/components/ui/card";

/** "2 working days left" / "Due today" / "1 day overdue" (CLM-5 target). */
export async function TimeLeft({ days, waitingForMember = false }: { days: number | null; waitingForMember?: boolean }) {
  const t = await getTranslations("handler.queue");
  // The member has the next move; the clock restarts when they answer.
  if (waitingForMember) return <span className="text-muted">{t("waitingForMember")}</span>;
  if (days === null) return <span className="text-muted">{t("noDueDate")}</span>;
  if (days < 0) return <span className="font-semibold text-danger">{t("overdue", { days: -days })}</span>;
  if (days === 0) return <span className="font-semibold text-danger">{t("dueToday")}</span>;
  return <span className={cx(days <= 1 && "font-semibold")}>{t("daysLeft", { days })}</span>;
}

export async function HandlerQueueTable({ items }: { items: QueueItem[] }) {
  const t = await getTranslations("handler");
  const locale = toLocale(await getLocale());
  if (items.length === 0) return <Card><p>{t("queue.empty")}</p></Card>;
  return (
    <Card>
      <p className="mb-3 text-muted">{t("queue.count", { count: items.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] text-left">
          <caption className="sr-only">{t("queue.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-100">
              <th scope="col" className="py-2 pe-3">{t("queue.columns.timeLeft")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.claim")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.patient")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.status")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.reason")}</th>
              <th scope="col" className="py-2 text-end">{t("queue.columns.claimed")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-brand-100 align-top" data-testid="queue-row">
                <td className="py-2 pe-3"><TimeLeft days={item.workingDaysLeft} waitingForMember={item.status === "INFORMATION_REQUESTED"} /></td>
                <td className="py-2 pe-3">
                  <Link href={`/handler/claims/${item.id}`} className="font-semibold text-brand-700 underline">
                    {item.number}
                  </Link>
                  {item.submittedAt ? <div className="text-sm text-muted">{formatDateTime(item.submittedAt, locale)}</div> : null}
                </td>
                <td className="py-2 pe-3">{item.patientName}</td>
                <td className="py-2 pe-3">{t(`status.${item.status}` as "status.IN_REVIEW")}</td>
                <td className="py-2 pe-3">
                  {item.status === "SUBMITTED" && item.reasons.length === 0 ? (
                    <span className="text-muted">{t("queue.awaitingEngine")}</span>
                  ) : item.reasons.length === 0 ? (
                    <span>{t("queue.noReason")}</span>
                  ) : (
                    <ul className="flex flex-col gap-0.5">
                      {item.reasons.map((reason) => (
                        <li key={reason.outcome}>
                          {t.has(`outcomes.${reason.outcome}` as "outcomes.approved") ? t(`outcomes.${reason.outcome}` as "outcomes.approved") : reason.outcome}
                          {reason.ruleIds.length ? <span className="ms-1 font-mono text-sm">{reason.ruleIds.join(", ")}</span> : null}
                          {reason.lineNos.length ? <span className="ms-1 text-sm text-muted">({t("queue.lineList", { lines: reason.lineNos.join(", ") })})</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="py-2 text-end tabular-nums">{formatMoney(item.claimedTotalMinor, item.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
