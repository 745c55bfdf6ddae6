import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listHandlerQueue } from "@/lib/claims/review/queue";
import { db } from "@/lib/db/client";
import { PageHeading } from "@/components/ui/page-heading";
import { HandlerQueueTable } from "@/components/handler/queue-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handler.queue");
  return { title: t("metaTitle") };
}

/** The handler's home: open claims of their insurer, most urgent first (CLM-5: 5 working days). */
export default async function HandlerQueuePage() {
  const user = await requireUser("CLAIMS_HANDLER");
  const t = await getTranslations("handler.queue");
  const items = await listHandlerQueue(db(), user);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <HandlerQueueTable items={items} />
    </>
  );
}
