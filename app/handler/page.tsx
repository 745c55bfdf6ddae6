import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadHandlerQueuePage } from "@/lib/claims/review/pages";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimsQueueSection } from "@/components/handler/claims-queue";
import type { PageSearchParams } from "@/lib/server/request-context";
import { HandlerEnrolmentsSection } from "@/components/family/enrolment-queue";
import { HandlerComplaintsSection } from "@/components/handler/complaints-section";
import { HandlerRequestsSection } from "@/components/authorisations/request-tables";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handler.queue");
  return { title: t("metaTitle") };
}

/** The handler's home: open claims of their insurer, most urgent first (CLM-5: 5 working days). */
export default async function HandlerQueuePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const queue = await loadHandlerQueuePage(searchParams);
  const t = await getTranslations("handler.queue");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <HandlerRequestsSection />
      <HandlerComplaintsSection />
      <ClaimsQueueSection queue={queue} />
      <HandlerEnrolmentsSection />
    </>
  );
}
