import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadClaimDetailPage, loadClaimNumber } from "@/lib/claims/member/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { FormSuccess } from "@/components/forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimDocuments } from "@/components/claims/detail/claim-documents";
import { ClaimLines } from "@/components/claims/detail/claim-lines";
import { ClaimMessages } from "@/components/claims/detail/claim-messages";
import { ClaimSummary } from "@/components/claims/detail/claim-summary";
import { ClaimTimeline } from "@/components/claims/detail/claim-timeline";
import { InformationRequest } from "@/components/claims/detail/information-request";
import { NextStep } from "@/components/claims/detail/next-step";
import { SubmittedBanner } from "@/components/claims/detail/submitted-banner";
import { ComplaintPanel } from "@/components/claims/complaint/complaint-panel";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const number = await loadClaimNumber((await params).id);
  const t = await getTranslations("claims.detail");
  return { title: number ? t("metaTitle", { number }) : undefined };
}

export default async function ClaimDetailPage({ params, searchParams }: { params: Params; searchParams: Promise<PageSearchParams> }) {
  const [{ claim, locale, timeline, awaitingInformation, submitted, informationSent, complaints }, t, tRequest] = await Promise.all([
    loadClaimDetailPage(params, searchParams),
    getTranslations("claims.detail"),
    getTranslations("claims.request"),
  ]);

  return (
    <>
      <p className="mb-4">
        <Link href="/member/claims">{t("back")}</Link>
      </p>
      <PageHeading>{t("title", { number: claim.number })}</PageHeading>
      {submitted ? <SubmittedBanner claim={claim} locale={locale} /> : null}
      {informationSent ? <FormSuccess className="mb-6" message={tRequest("success")} /> : null}
      {/* The reply forms' texts; the uploader's only while information is requested. */}
      <ClientMessages namespaces={awaitingInformation ? ["claims", "documents"] : ["claims"]}>
        <div className="flex flex-col gap-6">
          <NextStep next={timeline.next} claim={claim} locale={locale} />
          {awaitingInformation && claim.openTask ? <InformationRequest claimId={claim.id} task={claim.openTask} /> : null}
          <ClaimSummary claim={claim} locale={locale} />
          <ClaimTimeline entries={timeline.entries} locale={locale} />
          {complaints ? <ComplaintPanel claimId={claim.id} complaints={complaints.complaints} canComplain={complaints.canComplain} locale={locale} /> : null}
          {claim.lines.length ? <ClaimLines lines={claim.lines} locale={locale} /> : null}
          <ClaimDocuments documents={claim.documents} locale={locale} />
          {claim.status !== "DRAFT" ? <ClaimMessages claimId={claim.id} messages={claim.messages} canWrite locale={locale} /> : null}
        </div>
      </ClientMessages>
    </>
  );
}
