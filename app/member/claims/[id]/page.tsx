import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/request-meta";
import { getClaimForMember } from "@/lib/claims/member/claim-detail";
import { buildTimeline } from "@/lib/claims/timeline";
import { db } from "@/lib/db/client";
import { toLocale, type Locale } from "@/lib/i18n/config";
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

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return toLocale(locale);
}

/** One load (and one audited read) per request, shared by the metadata and the page. */
const loadClaim = cache(async (id: string) => {
  const user = await requireUser("MEMBER");
  const [locale, requestHeaders] = await Promise.all([currentLocale(), headers()]);
  return getClaimForMember(db(), user, id, { locale, ip: clientIp(requestHeaders) });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const claim = await loadClaim(id);
  const t = await getTranslations("claims.detail");
  return { title: claim ? t("metaTitle", { number: claim.number }) : undefined };
}

export default async function ClaimDetailPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [claim, locale, t, tRequest] = await Promise.all([loadClaim(id), currentLocale(), getTranslations("claims.detail"), getTranslations("claims.request")]);
  if (!claim) notFound();

  const timeline = buildTimeline({
    status: claim.status,
    events: claim.events,
    submittedAt: claim.submittedAt,
    dueAt: claim.dueAt,
    decidedAt: claim.decidedAt,
    paidAt: claim.paidAt,
    payableTotalMinor: claim.payableTotalMinor,
    now: new Date().toISOString(),
  });
  const awaitingInformation = claim.status === "INFORMATION_REQUESTED" && claim.openTask;

  return (
    <>
      <p className="mb-4">
        <Link href="/member/claims">{t("back")}</Link>
      </p>
      <PageHeading>{t("title", { number: claim.number })}</PageHeading>
      {query.submitted === "1" ? <SubmittedBanner claim={claim} locale={locale} /> : null}
      {query.informationSent === "1" ? <FormSuccess className="mb-6" message={tRequest("success")} /> : null}
      {/* The reply forms' texts; the uploader's only while information is requested. */}
      <ClientMessages namespaces={awaitingInformation ? ["claims", "documents"] : ["claims"]}>
        <div className="flex flex-col gap-6">
          <NextStep next={timeline.next} claim={claim} locale={locale} />
          {awaitingInformation && claim.openTask ? <InformationRequest claimId={claim.id} task={claim.openTask} /> : null}
          <ClaimSummary claim={claim} locale={locale} />
          <ClaimTimeline entries={timeline.entries} locale={locale} />
          {claim.lines.length ? <ClaimLines lines={claim.lines} locale={locale} /> : null}
          <ClaimDocuments documents={claim.documents} locale={locale} />
          {claim.status !== "DRAFT" ? <ClaimMessages claimId={claim.id} messages={claim.messages} canWrite locale={locale} /> : null}
        </div>
      </ClientMessages>
    </>
  );
}
