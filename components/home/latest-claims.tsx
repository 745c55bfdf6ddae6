import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MemberHomePage } from "@/lib/home/pages";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/claims/list/status-badge";

/** The latest claims with what happens next (CLM-5), or an invitation to claim. */
export async function LatestClaims({ claims, locale }: { claims: MemberHomePage["claims"]; locale: Locale }) {
  const [t, tc] = await Promise.all([getTranslations("home"), getTranslations("claims")]);
  return (
    <Card title={t("claims.title")}>
      {claims.length === 0 ? (
        <p className="mb-3 text-ink">{t("claims.empty")}</p>
      ) : (
        <ul className="mb-4 flex flex-col divide-y divide-brand-100">
          {claims.map((claim) => (
            <li key={claim.id} className="flex flex-col gap-1 py-3 first:pt-0">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={claim.href} prefetch={false} className="font-semibold">
                  {claim.number}
                </Link>
                <span className="text-muted">{claim.personName}</span>
                <StatusBadge status={claim.status} label={tc(`status.${claim.status}`)} />
              </p>
              <p className="text-ink">
                {tc(`next.${claim.next.key}`, {
                  date: claim.next.date ? formatDate(claim.next.date, locale) : "",
                  amount: formatMoney(claim.payableTotalMinor ?? 0, claim.currency, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href="/member/claims" prefetch={false} className="font-medium">
          {t("claims.all")}
        </Link>
        <Link href="/member/claims/new" prefetch={false} className="font-medium">
          {t("claims.new")}
        </Link>
      </p>
    </Card>
  );
}
