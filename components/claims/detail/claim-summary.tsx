import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { ClaimDetail } from "@/lib/claims/member/claim-detail";
import { Card } from "@/components/ui/card";
import { DetailList, type DetailItem } from "@/components/ui/detail-list";
import { StatusBadge } from "../list/status-badge";

export async function ClaimSummary({ claim, locale }: { claim: ClaimDetail; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations("claims.detail"), getTranslations("claims.status")]);
  const money = (minor: number) => formatMoney(minor, claim.currency, locale);
  const undecided = claim.status === "SUBMITTED" || claim.status === "IN_REVIEW" || claim.status === "INFORMATION_REQUESTED";
  const items: DetailItem[] = [
    { label: t("person"), value: claim.personName },
    { label: t("status"), value: <StatusBadge status={claim.status} label={ts(claim.status)} /> },
    ...(claim.submittedAt ? [{ label: t("submittedAt"), value: formatDate(claim.submittedAt, locale) }] : []),
    { label: t("claimed"), value: money(claim.claimedTotalMinor) },
    claim.payableTotalMinor !== null
      ? { label: claim.status === "PAID" ? t("paid") : t("payable"), value: <span className="font-semibold">{money(claim.payableTotalMinor)}</span> }
      : { label: t("expected"), value: t("expectedPending"), muted: true },
    ...(claim.memberShareTotalMinor !== null ? [{ label: t("yourShare"), value: money(claim.memberShareTotalMinor) }] : []),
    ...(undecided && claim.dueAt ? [{ label: t("dueAt"), value: formatDate(claim.dueAt, locale) }] : []),
    ...(claim.diagnosis ? [{ label: t("diagnosis"), value: claim.diagnosis }] : []),
  ];
  return (
    <Card title={t("summary")}>
      {claim.continueHref ? (
        <p className="mb-4">
          {t("draft")} <Link href={claim.continueHref}>{t("continueDraft")}</Link>
        </p>
      ) : null}
      <DetailList items={items} />
      {claim.settlementNoteHref ? (
        <p className="mt-4">
          <Link href={claim.settlementNoteHref} className="font-semibold">
            {t("settlementNote")}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
