import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadClaimReviewPage } from "@/lib/claims/review/pages";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimDocuments } from "@/components/handler/claim-documents";
import { ClaimLines } from "@/components/handler/claim-lines";
import { ClaimMessages } from "@/components/handler/claim-messages";
import { ClaimTimeline } from "@/components/handler/claim-timeline";
import { ReviewActions } from "@/components/handler/review-actions";
import { ReviewDetails } from "@/components/handler/review-details";
import { PaymentCard } from "@/components/handler/payment-card";
import { AssignForm } from "@/components/handler/assign-form";
import { ComplaintReview } from "@/components/handler/complaint-review";
import { loadHandlerComplaints } from "@/lib/claims/review/complaint-pages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handler.queue");
  return { title: t("metaTitle") };
}

/** Review of one claim: documents inline beside the engine's proposal, then the actions, timeline and messages. */
export default async function HandlerClaimPage({ params }: Props) {
  const { review, locale, daysLeft, suggestedRuleId, decisionLines, waitingPeriodCited, colleagues, userId } = await loadClaimReviewPage(params);
  // After the review loader: it has authorised the claim (404 otherwise).
  const complaints = await loadHandlerComplaints(review.id);
  const t = await getTranslations("handler");

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
          <ReviewDetails review={review} locale={locale} daysLeft={daysLeft} />
          {review.open ? <AssignForm claimId={review.id} assignedId={review.assignedHandler?.id ?? null} userId={userId} colleagues={colleagues} /> : null}
          <ClaimLines review={review} locale={locale} />
        </div>
        <div className="flex flex-col gap-6">
          <ClaimDocuments documents={review.documents} />
        </div>
      </div>

      {complaints ? (
        <div className="mb-6">
          <ComplaintReview complaints={complaints} locale={locale} />
        </div>
      ) : null}

      {review.open ? (
        <ReviewActions
          claimId={review.id}
          status={review.status}
          decisionLines={decisionLines}
          suggestedRuleId={suggestedRuleId}
          waitingPeriodCited={waitingPeriodCited}
          acuteIllnessConfirmedAt={review.acuteIllnessConfirmedAt}
          locale={locale}
        />
      ) : null}
      {review.status === "DECIDED" && (review.payableTotalMinor ?? 0) > 0 ? (
        <div className="mt-6">
          <PaymentCard claimId={review.id} />
        </div>
      ) : null}

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ClaimTimeline review={review} locale={locale} />
        <ClaimMessages claimId={review.id} messages={review.messages} locale={locale} />
      </div>
    </>
  );
}
