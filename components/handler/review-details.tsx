import { getTranslations } from "next-intl/server";
import type { ClaimReview } from "@/lib/claims/review/review";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { TimeLeft } from "./queue-table";

/** The claim's facts on the review page: status, time left, patient, declarations, totals, the open request and the settlement note. */
export async function ReviewDetails({ review, locale, daysLeft }: { review: ClaimReview; locale: Locale; daysLeft: number | null }) {
  const t = await getTranslations("handler");
  const money = (minor: number) => formatMoney(minor, review.currency, locale);
  const yesNo = (value: boolean) => (value ? t("review.yes") : t("review.no"));
  return (
    <Card title={t("review.details")}>
      <DetailList
        items={[
          { label: t("review.status"), value: <span data-testid="claim-status">{t(`status.${review.status}` as "status.IN_REVIEW")}</span> },
          ...(daysLeft !== null ? [{ label: t("queue.columns.timeLeft"), value: <TimeLeft days={daysLeft} waitingForMember={review.status === "INFORMATION_REQUESTED"} /> }] : []),
          { label: t("review.submittedAt"), value: review.submittedAt ? formatDateTime(review.submittedAt, locale) : "—" },
          { label: t("review.dueAt"), value: review.dueAt ? formatDate(review.dueAt, locale) : "—" },
          ...(review.decidedAt ? [{ label: t("review.decidedAt"), value: formatDateTime(review.decidedAt, locale) }] : []),
          { label: t("assign.title"), value: <span data-testid="claim-handler">{review.assignedHandler?.name ?? t("assign.nobody")}</span>, muted: !review.assignedHandler },
          { label: t("review.birthDate"), value: formatDate(review.patientBirthDate, locale) },
          { label: t("review.diagnosis"), value: review.diagnosis ?? "—" },
          { label: t("review.emergency"), value: yesNo(review.emergency) },
          { label: t("review.authorisation"), value: review.authorisationReference ?? t("review.none"), muted: !review.authorisationReference },
          { label: t("review.otherInsurance"), value: review.otherInsuranceDeclared ? (review.otherInsurerName ?? t("review.yes")) : t("review.no") },
          { label: t("review.sygeforsikring"), value: yesNo(review.sygeforsikringDanmark) },
          { label: t("review.claimed"), value: money(review.claimedTotalMinor) },
          ...(review.payableTotalMinor !== null ? [{ label: t("review.payable"), value: money(review.payableTotalMinor) }] : []),
          ...(review.reviewReason ? [{ label: t("review.reviewReason"), value: <span className="font-mono text-sm">{review.reviewReason}</span> }] : []),
        ]}
      />
      {review.proposalTotals ? (
        <p className="mt-4">{t("review.proposalTotal", { payable: money(review.proposalTotals.payableMinor), pending: money(review.proposalTotals.pendingMinor) })}</p>
      ) : null}
      {review.openTask ? (
        <div className="mt-4 rounded-md border-s-4 border-accent bg-surface p-3">
          <p className="font-semibold">{t("review.openTask", { date: formatDateTime(review.openTask.createdAt, locale) })}</p>
          <p className="mt-1 whitespace-pre-line">{review.openTask.text}</p>
        </div>
      ) : null}
      {review.settlementNoteNumber ? (
        <p className="mt-4">
          {t("review.settlement", { number: review.settlementNoteNumber })} ·{" "}
          <a href={`/api/claims/${review.id}/settlement-note`} className="text-brand-700 underline">
            {t("review.viewSettlementPdf")}
          </a>
        </p>
      ) : null}
    </Card>
  );
}
