import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/request-meta";
import { loadClaimReview } from "@/lib/claims/review/review";

import { workingDaysBetween } from "@/lib/cover/working-days";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimDocuments } from "@/components/handler/claim-documents";
import { ClaimLines } from "@/components/handler/claim-lines";
import { ClaimMessages } from "@/components/handler/claim-messages";
import { ClaimTimeline } from "@/components/handler/claim-timeline";
import { DecisionForm } from "@/components/handler/decision-form";
import { RejectClaimForm } from "@/components/handler/reject-claim-form";
import { RequestInformationForm } from "@/components/handler/request-information-form";
import { TimeLeft } from "@/components/handler/queue-table";
import { copenhagenDay } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handler.queue");
  return { title: t("metaTitle") };
}

/** Review of one claim: documents inline beside the engine's proposal, then the actions, timeline and messages. */
export default async function HandlerClaimPage({ params }: Props) {
  const user = await requireUser("CLAIMS_HANDLER");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const review = await loadClaimReview(db(), user, id, { ip: clientIp(await headers()) });
  if (!review) notFound();
  const t = await getTranslations("handler");
  const requested = await getLocale();
  const locale = toLocale(requested);
  const money = (minor: number) => formatMoney(minor, review.currency, locale);
  const yesNo = (value: boolean) => (value ? t("review.yes") : t("review.no"));
  const daysLeft = review.open && review.dueAt ? workingDaysBetween(copenhagenDay(new Date()), copenhagenDay(new Date(review.dueAt))) : null;
  const suggestedRule = review.lines.flatMap((line) => (line.proposal?.outcome === "needs_information" ? line.proposal.reasons.map((r) => r.ruleId) : []))[0];

  return (
    <>
      <p className="mb-4">
        <Link href="/handler" className="text-brand-700 underline">
          {t("review.back")}
        </Link>
      </p>
      <PageHeading lead={t("review.lead", { patient: review.patientName, policy: review.policyNumber, submitter: review.submittedByName })}>
        {t("review.title", { number: review.number })}
      </PageHeading>

      <div className="grid gap-6 xl:grid-cols-2">
        <div className="flex flex-col gap-6">
          <Card title={t("review.details")}>
            <DetailList
              items={[
                { label: t("review.status"), value: <span data-testid="claim-status">{t(`status.${review.status}` as "status.IN_REVIEW")}</span> },
                ...(daysLeft !== null ? [{ label: t("queue.columns.timeLeft"), value: <TimeLeft days={daysLeft} waitingForMember={review.status === "INFORMATION_REQUESTED"} /> }] : []),
                { label: t("review.submittedAt"), value: review.submittedAt ? formatDateTime(review.submittedAt, locale) : "—" },
                { label: t("review.dueAt"), value: review.dueAt ? formatDate(review.dueAt, locale) : "—" },
                ...(review.decidedAt ? [{ label: t("review.decidedAt"), value: formatDateTime(review.decidedAt, locale) }] : []),
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
          <ClaimLines review={review} locale={locale} />
        </div>
        <div className="flex flex-col gap-6">
          <ClaimDocuments documents={review.documents} />
        </div>
      </div>

      {review.open ? (
        <div className="mt-6 flex flex-col gap-6">
          <Card title={t("decide.title")}>
            <p className="mb-4 max-w-prose text-muted">{t("decide.lead")}</p>
            <DecisionForm
              claimId={review.id}
              lines={review.lines.map((line) => ({
                id: line.id,
                lineNo: line.lineNo,
                category: line.categoryLabel[locale],
                claimedText: money(line.amountMinor),
                proposedText: line.proposal ? money(line.proposal.outcome === "rejected" ? 0 : line.proposal.payableMinor) : "—",
              }))}
            />
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            {review.status !== "INFORMATION_REQUESTED" ? (
              <Card title={t("requestInformation.title")}>
                <RequestInformationForm claimId={review.id} suggestedRuleId={suggestedRule} />
              </Card>
            ) : null}
            <Card title={t("reject.title")}>
              <RejectClaimForm claimId={review.id} />
            </Card>
          </div>
        </div>
      ) : null}

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ClaimTimeline review={review} locale={locale} />
        <ClaimMessages claimId={review.id} messages={review.messages} locale={locale} />
      </div>
    </>
  );
}
