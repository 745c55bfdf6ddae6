import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { ClaimListItem } from "@/lib/claims/queries";
import { StatusBadge } from "./status-badge";

type T = Awaited<ReturnType<typeof getTranslations<"claims.list">>>;

function refund(item: ClaimListItem, locale: Locale, t: T) {
  return item.payableTotalMinor === null ? <span className="text-muted">{t("notDecided")}</span> : formatMoney(item.payableTotalMinor, item.currency, locale);
}

function NumberLink({ item, t }: { item: ClaimListItem; t: T }) {
  return item.continueHref ? (
    <Link href={item.continueHref} aria-label={t("continueLabel", { number: item.number })} className="font-semibold">
      {item.number}
    </Link>
  ) : (
    <Link href={item.href} className="font-semibold">
      {item.number}
    </Link>
  );
}

/**
 * The claims as a real table from `md` up, and as stacked cards on phones. Only one of the two is
 * displayed (display:none hides the other from screen readers too), so nothing is read twice.
 */
export async function ClaimsList({ items, locale }: { items: ClaimListItem[]; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations("claims.list"), getTranslations("claims.status")]);
  const date = (item: ClaimListItem) => (item.firstTreatmentDate ? formatDate(item.firstTreatmentDate, locale, "short") : "—");
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-brand-100 bg-white shadow-sm md:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-brand-50 text-sm text-ink">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.number")}</th>
              <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.person")}</th>
              <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.treatmentDate")}</th>
              <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.categories")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold whitespace-nowrap">{t("columns.claimed")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold whitespace-nowrap">{t("columns.payable")}</th>
              <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-t border-brand-100 align-top">
                <th scope="row" className="px-4 py-3 text-left font-normal whitespace-nowrap">
                  <NumberLink item={item} t={t} />
                </th>
                <td className="px-4 py-3">{item.personName}</td>
                <td className="px-4 py-3 whitespace-nowrap">{date(item)}</td>
                <td className="px-4 py-3">{item.categories.join(", ")}</td>
                <td className="px-4 py-3 text-right whitespace-nowrap">{formatMoney(item.claimedTotalMinor, item.currency, locale)}</td>
                <td className="px-4 py-3 text-right whitespace-nowrap">{refund(item, locale, t)}</td>
                <td className="px-4 py-3">
                  <StatusBadge status={item.status} label={ts(item.status)} />
                  {item.continueHref ? (
                    <Link href={item.continueHref} className="ms-2 text-sm font-semibold" aria-label={t("continueLabel", { number: item.number })}>
                      {t("continue")}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden" aria-label={t("caption")}>
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-brand-100 bg-white p-4 shadow-sm">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <NumberLink item={item} t={t} />
              <StatusBadge status={item.status} label={ts(item.status)} />
            </div>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">{t("columns.person")}</dt>
              <dd>{item.personName}</dd>
              <dt className="font-semibold">{t("columns.treatmentDate")}</dt>
              <dd>{date(item)}</dd>
              <dt className="font-semibold">{t("columns.categories")}</dt>
              <dd>{item.categories.join(", ") || "—"}</dd>
              <dt className="font-semibold">{t("columns.claimed")}</dt>
              <dd>{formatMoney(item.claimedTotalMinor, item.currency, locale)}</dd>
              <dt className="font-semibold">{t("columns.payable")}</dt>
              <dd>{refund(item, locale, t)}</dd>
            </dl>
            {item.continueHref ? (
              <Link href={item.continueHref} className="mt-3 inline-block font-semibold" aria-label={t("continueLabel", { number: item.number })}>
                {t("continue")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
