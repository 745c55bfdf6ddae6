import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QUEUE_STATUS_FILTERS, type QueueFilters } from "@/lib/claims/review/queue-filters";

/** Status, plan, overdue and "assigned to me": a plain GET form, so it works without JavaScript and a filtered queue is a link. */
export async function QueueFiltersForm({ filters, plans }: { filters: QueueFilters; plans: { id: string; label: string }[] }) {
  const t = await getTranslations("handler");
  const field = "block min-h-11 w-full rounded-md border border-field bg-white px-3 py-2 text-base text-ink";
  return (
    <form method="get" action="/handler" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end" aria-label={t("queueFilters.label")}>
      <div>
        <label htmlFor="queue-status" className="mb-1 block font-medium text-ink">{t("queueFilters.status")}</label>
        <select id="queue-status" name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">{t("queueFilters.allOpen")}</option>
          {QUEUE_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>{t(`status.${status}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-plan" className="mb-1 block font-medium text-ink">{t("queueFilters.plan")}</label>
        <select id="queue-plan" name="plan" defaultValue={filters.plan ?? ""} className={field}>
          <option value="">{t("queueFilters.allPlans")}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>{plan.label}</option>
          ))}
        </select>
      </div>
      <label className="flex min-h-11 items-center gap-2 text-ink">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} className="size-5 accent-brand-700" />
        {t("queueFilters.overdue")}
      </label>
      <label className="flex min-h-11 items-center gap-2 text-ink">
        <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === "1"} className="size-5 accent-brand-700" />
        {t("queueFilters.mine")}
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("queueFilters.apply")}</button>
        <Link href="/handler" className="text-sm">{t("queueFilters.reset")}</Link>
      </div>
    </form>
  );
}
