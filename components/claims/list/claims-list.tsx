import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { ClaimListItem } from "@/lib/claims/member/queries";
import { StatusBadge } from "./status-badge";

type T = Awaited<ReturnType<typeof getTranslations<"claims.list">>>;

function refund(item: ClaimListItem, locale: Locale, t: T) {
  return item.payableTotalMinor === null ? <span className="text-muted">{t("notDecided")}</span> : formatMoney(item.payableTotalMinor, item.currency, locale);
}

function NumberLink({ item, t }: { item: ClaimListItem; t: T }) {
  return item.continueHref ? (
    <Link href={item.continueHref} prefetch={false} aria-label={t("continueLabel", { number: item.number })} className="font-semibold">
      {item.number}
    </Link>
  ) : (
    <Link href={item.href} prefetch={false} className="font-semibold">
      {item.number}
    </Link>
  );
}

/**
 * The claims as one table, rendered once: a real table from `md` up, stacked cards on phones (CSS
 * only). A page is rendered on every request, so each row's markup exists once, not twice.
 */
export async function ClaimsList({ items, locale }: { items: ClaimListItem[]; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations("claims.list"), getTranslations("claims.status")]);
  const date = (item: ClaimListItem) => (item.firstTreatmentDate ? formatDate(item.firstTreatmentDate, locale, "short") : "—");
  const label = {
    person: t("columns.person"),
    treatmentDate: t("columns.treatmentDate"),
    categories: t("columns.categories"),
    claimed: t("columns.claimed"),
    payable: t("columns.payable"),
    status: t("columns.status"),
  };
  return (
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-brand-100 md:bg-white md:shadow-sm">
      <table role="table" className="w-full border-collapse text-left max-md:block">
        <caption className="sr-only">{t("caption")}</caption>
        <thead role="rowgroup" className="bg-brand-50 text-sm text-ink max-md:sr-only">
          <tr role="row">
            <th role="columnheader" scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.number")}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{label.person}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{label.treatmentDate}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{label.categories}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 text-right font-semibold whitespace-nowrap">{label.claimed}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 text-right font-semibold whitespace-nowrap">{label.payable}</th>
            <th role="columnheader" scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{label.status}</th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-md:flex max-md:flex-col max-md:gap-3">
          {items.map((item) => (
            <tr key={item.id} role="row" className="rows-table-row">
              <th role="rowheader" scope="row" className="rows-table-head">
                <NumberLink item={item} t={t} />
              </th>
              <td role="cell" data-label={label.person} className="rows-table-cell">{item.personName}</td>
              <td role="cell" data-label={label.treatmentDate} className="rows-table-cell whitespace-nowrap">{date(item)}</td>
              <td role="cell" data-label={label.categories} className="rows-table-cell">{item.categories.join(", ") || "—"}</td>
              <td role="cell" data-label={label.claimed} className="rows-table-cell rows-table-amount">{formatMoney(item.claimedTotalMinor, item.currency, locale)}</td>
              <td role="cell" data-label={label.payable} className="rows-table-cell rows-table-amount">{refund(item, locale, t)}</td>
              <td role="cell" data-label={label.status} className="rows-table-cell">
                <span>
                  <StatusBadge status={item.status} label={ts(item.status)} />
                  {item.continueHref ? (
                    <Link href={item.continueHref} prefetch={false} className="ms-2 text-sm font-semibold" aria-label={t("continueLabel", { number: item.number })}>
                      {t("continue")}
                    </Link>
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
