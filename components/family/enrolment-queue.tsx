import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EnrolmentQueueItem } from "@/lib/family/enrolment-review";
import { loadEnrolmentQueue } from "@/lib/family/pages";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { cx } from "../cx";

async function DaysLeft({ days }: { days: number }) {
  const t = await getTranslations("family.handler");
  if (days < 0) return <span className="font-semibold text-danger">{t("overdue", { days: -days })}</span>;
  return <span className={cx(days <= 1 && "font-semibold")}>{t("daysLeft", { days })}</span>;
}

/** FAM-3: enrolments waiting on a health declaration, due first (a list: readable at 390 px). */
export async function EnrolmentQueue({ items, locale, limit }: { items: EnrolmentQueueItem[]; locale: Locale; limit?: number }) {
  const t = await getTranslations("family.handler");
  if (items.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <ul className="flex list-none flex-col gap-3 p-0">
      {items.slice(0, limit ?? items.length).map((item) => (
        <li key={item.enrolmentId} className="flex flex-col gap-1 border-b border-brand-100 pb-3 sm:flex-row sm:items-center sm:justify-between" data-testid="enrolment-row">
          <div>
            <Link href={`/handler/enrolments/${item.enrolmentId}`} className="font-semibold text-brand-700 underline">
              {t("review")}: {item.personName}
            </Link>
            <p className="text-sm text-muted">
              {t("policy")} {item.policyNumber} · {t("submitted")} {formatDateTime(item.submittedAt, locale)}
            </p>
          </div>
          <p>
            {t("due")} {formatDate(item.dueDate, locale)} · <DaysLeft days={item.workingDaysLeft} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The handler home's small section: how many wait, the most urgent first, with their own due dates. */
export async function EnrolmentSection({ items, locale }: { items: EnrolmentQueueItem[]; locale: Locale }) {
  const t = await getTranslations("family.handler");
  return (
    <section aria-labelledby="enrolments-heading" className="mt-8 rounded-lg border border-brand-100 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="enrolments-heading" className="mb-2 text-lg font-semibold">{t("sectionTitle")}</h2>
      <p className="mb-3">{t("sectionLead", { count: items.length })}</p>
      <EnrolmentQueue items={items} locale={locale} limit={5} />
      {items.length > 0 ? (
        <p className="mt-3">
          <Link href="/handler/enrolments">{t("open")}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The section as the handler home uses it: it loads its own list. */
export async function HandlerEnrolmentsSection() {
  const { items, locale } = await loadEnrolmentQueue();
  return <EnrolmentSection items={items} locale={locale} />;
}
