import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadImportPage } from "@/lib/employer/pages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportConfirmForm, ImportProgressRefresh } from "@/components/employer/import-confirm";
import { ImportRows } from "@/components/employer/import-rows";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.import"))("resultTitle") };
}

/** The dry run of an import, its confirm, and the job's progress while it applies. */
export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ imp, locale, canManage }, t] = await Promise.all([loadImportPage(params), getTranslations("employer.import")]);
  const running = imp.status === "QUEUED" || imp.status === "APPLYING";
  return (
    <>
      <p className="mb-4"><Link href="/employer/import">{t("back")}</Link></p>
      <PageHeading lead={imp.fileName}>{t("resultTitle")}</PageHeading>
      <p className="mb-2" data-testid="import-summary">{t("summary", { total: imp.totalRows, changes: imp.changeRows, refused: imp.refusedRows })}</p>
      <div role="status" className="mb-4 font-semibold" data-testid="import-status">
        {t(`statuses.${imp.status}`)}
        {running || imp.status === "APPLIED" ? ` — ${t("progress", { applied: imp.appliedRows, changes: imp.changeRows })}` : null}
      </div>
      {running ? <ImportProgressRefresh /> : null}
      {imp.status === "CHECKED" && imp.changeRows > 0 && canManage ? (
        <ClientMessages namespaces={["employer"]}>
          <ImportConfirmForm importId={imp.id} changes={imp.changeRows} />
        </ClientMessages>
      ) : null}
      {imp.status === "CHECKED" && imp.changeRows === 0 ? <p className="mb-4">{t("nothingToApply")}</p> : null}
      <ImportRows rows={imp.rows} currency={imp.currency} locale={locale} />
    </>
  );
}
