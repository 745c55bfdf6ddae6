import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadRequestQueuePage } from "@/lib/authorisations/review/pages";
import { RequestQueueTable } from "@/components/authorisations/request-tables";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authorisations.handler");
  return { title: t("sectionTitle") };
}

/** The handler's pre-authorisation / guarantee requests by time left to 48 hours (GOP-2). */
export default async function HandlerRequestsPage() {
  const [{ items, locale }, t] = await Promise.all([loadRequestQueuePage(), getTranslations("authorisations.handler")]);
  return (
    <>
      <PageHeading lead={t("sectionLead")}>{t("sectionTitle")}</PageHeading>
      <RequestQueueTable items={items} locale={locale} />
    </>
  );
}
