import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/claims/review/queue";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { cx } from "@/components/cx";
import { Card } from "@/components/ui/card";
import { QueueReasons } from "./queue-reasons";

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

/**
 * The open claims: a table from a tablet's width up, and on a phone one card per claim, so
 * nothing is cut off at 390 px (issue 14 point 9). Both carry the same facts.
 */
export async function HandlerQueueTable({ items, filtered = false }: { items: QueueItem[]; filtered?: boolean }) {
  const t = await getTranslations("handler");
  const locale = toLocale(await getLocale());
  if (items.length === 0) return <Card><p>{filtered ? t("queueFilters.none") : t("queue.empty")}</p></Card>;
  const money = (item: QueueItem) => formatMoney(item.claimedTotalMinor, item.currency, locale);
  const assigned = (item: QueueItem) => item.assignedTo?.name ?? t("assign.nobody");
  const claimLink = (item: QueueItem) => (
    <Link href={`/handler/claims/${item.id}`} className="font-semibold text-brand-700 underline">
      {item.number}
    </Link>
  );
  return (
    <Card>
      <p className="mb-3 text-muted">{t("queue.count", { count: items.length })}</p>
      <div className="hidden md:block">
        <table className="w-full text-left">
          <caption className="sr-only">{t("queue.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-100">
              <th scope="col" className="py-2 pe-3">{t("queue.columns.timeLeft")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.claim")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.patient")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.status")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.reason")}</th>
              <th scope="col" className="py-2 pe-3">{t("queue.columns.assigned")}</th>
              <th scope="col" className="py-2 text-end">{t("queue.columns.claimed")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-brand-100 align-top" data-testid="queue-row">
                <td className="py-2 pe-3"><TimeLeft days={item.workingDaysLeft} waitingForMember={item.status === "INFORMATION_REQUESTED"} /></td>
                <td className="py-2 pe-3">
                  {claimLink(item)}
                  {item.submittedAt ? <div className="text-sm text-muted">{formatDateTime(item.submittedAt, locale)}</div> : null}
                </td>
                <td className="py-2 pe-3">
                  {item.patientName}
                  <div className="text-sm text-muted">{item.planName[locale]}</div>
                </td>
                <td className="py-2 pe-3">{t(`status.${item.status}` as "status.IN_REVIEW")}</td>
                <td className="py-2 pe-3"><QueueReasons item={item} /></td>
                <td className="py-2 pe-3">{assigned(item)}</td>
                <td className="py-2 text-end tabular-nums">{money(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden" aria-label={t("queue.caption")}>
        {items.map((item) => (
          <li key={item.id} className="rounded-md border border-brand-100 p-3" data-testid="queue-card">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              {claimLink(item)}
              <span className="tabular-nums">{money(item)}</span>
            </div>
            <p><TimeLeft days={item.workingDaysLeft} waitingForMember={item.status === "INFORMATION_REQUESTED"} /> · {t(`status.${item.status}` as "status.IN_REVIEW")}</p>
            <p>{item.patientName} <span className="text-sm text-muted">· {item.planName[locale]}</span></p>
            <div className="text-sm"><QueueReasons item={item} /></div>
            <p className="text-sm text-muted">{t("queue.columns.assigned")}: {assigned(item)}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
