import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadComplaintQueue } from "@/lib/claims/review/complaint-pages";
import type { ComplaintQueueItem } from "@/lib/claims/review/complaints";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { cx } from "../cx";

async function DaysLeft({ days }: { days: number }) {
  const t = await getTranslations("complaints.queue");
  if (days < 0) return <span className="font-semibold text-danger">{t("overdue", { days: -days })}</span>;
  return <span className={cx(days <= 1 && "font-semibold")}>{t("daysLeft", { days })}</span>;
}

/** CLM-5: open complaints, due first, each with its 7-working-day clock (a list: readable at 390 px). */
export async function ComplaintsSection({ items, locale }: { items: ComplaintQueueItem[]; locale: Locale }) {
  const t = await getTranslations("complaints.queue");
  return (
    <section aria-labelledby="complaints-heading" className="mb-8 rounded-lg border border-brand-100 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="complaints-heading" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3">{t("lead", { count: items.length })}</p>
      {items.length ? (
        <ul className="flex list-none flex-col gap-3 p-0">
          {items.map((item) => (
            <li key={item.complaintId} className="flex flex-col gap-1 border-b border-brand-100 pb-3 sm:flex-row sm:items-center sm:justify-between" data-testid="complaint-row">
              <div>
                <Link href={`/handler/claims/${item.claimId}#complaint`} className="font-semibold text-brand-700 underline">
                  {t("claim")} {item.claimNumber}
                </Link>
                <p className="text-sm text-muted">
                  {t("patient")}: {item.patientName} · {t("complainant")}: {item.complainantName} · {t("received")} {formatDate(item.receivedAt, locale)}
                </p>
              </div>
              <p>
                {t("due")} <span data-testid="complaint-due">{formatDate(item.dueAt, locale)}</span> · <DaysLeft days={item.workingDaysLeft} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The section as the handler home uses it: it loads its own list. */
export async function HandlerComplaintsSection() {
  const { items, locale } = await loadComplaintQueue();
  return <ComplaintsSection items={items} locale={locale} />;
}
