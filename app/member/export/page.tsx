import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadExportPage } from "@/lib/export/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { ExportList } from "@/components/export/export-list";
import { ExportRequestForm } from "@/components/export/export-request-form";
import { RefreshWhilePending } from "@/components/export/refresh-while-pending";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("export");
  return { title: t("metaTitle") };
}

/** Issue 13 point 8: export my data (GDPR art. 15/20). Logic: lib/export/. */
export default async function ExportPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [page, t] = await Promise.all([loadExportPage(searchParams), getTranslations("export")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <div className="flex flex-col gap-6">
        {page.notice ? (
          <p role="alert" className="rounded-md border-2 border-danger bg-danger-bg p-4 text-ink">
            {page.notice === "expired" ? t("expiredNotice", { days: page.ttlDays }) : t("notReadyNotice")}
          </p>
        ) : null}
        <Card>
          <p className="mb-4 max-w-prose text-ink">{t("scope")}</p>
          {page.mayRequest ? (
            <ClientMessages namespaces={["export"]}>
              <ExportRequestForm />
            </ClientMessages>
          ) : (
            <p className="text-ink">{t("noPerson")}</p>
          )}
        </Card>
        <Card title={t("history")}>
          <ExportList exports={page.exports} locale={page.locale} t={t as never} ttlDays={page.ttlDays} />
        </Card>
        {page.pending ? <RefreshWhilePending /> : null}
      </div>
    </>
  );
}
