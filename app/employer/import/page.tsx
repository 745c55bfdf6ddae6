import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadImportUploadPage } from "@/lib/employer/pages";
import { formatDateTime } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportUploadForm } from "@/components/employer/import-upload-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.import"))("metaTitle") };
}

const COLUMNS = ["action", "employeeNumber", "firstName", "lastName", "birthDate", "date", "email", "reason"] as const;

/** Upload a CSV of joiners and leavers; the format is documented here (and in the README). */
export default async function ImportUploadPage() {
  const [page, t, ta] = await Promise.all([loadImportUploadPage(), getTranslations("employer.import"), getTranslations("employerAdmins")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("upload")}>
          {page.canManage ? (
            <ClientMessages namespaces={["employer"]}>
              <ImportUploadForm />
            </ClientMessages>
          ) : (
            <p data-testid="view-only">{ta("viewOnlyImport")}</p>
          )}
        </Card>
        <Card title={t("format.title")}>
          <p className="mb-3">{t("format.intro")}</p>
          <ul className="mb-3 list-disc pl-5">
            {COLUMNS.map((c) => (
              <li key={c}>
                <code>{t(`format.names.${c}`)}</code> — {t(`format.columns.${c}`)}
              </li>
            ))}
          </ul>
          <p className="mb-2">{t("format.example")}</p>
          <pre role="region" aria-label={t("format.example")} tabIndex={0} className="overflow-x-auto rounded bg-brand-50 p-3 text-sm">{t("format.sample")}</pre>
        </Card>
      </div>
      {page.imports.length ? (
        <Card title={t("recent")} className="mt-6">
          <ul className="flex flex-col gap-2">
            {page.imports.map((imp) => (
              <li key={imp.id}>
                <Link href={`/employer/import/${imp.id}`} prefetch={false}>{imp.fileName}</Link> — {formatDateTime(imp.createdAt, page.locale)} — {t(`statuses.${imp.status}`)} ({t("summary", { total: imp.totalRows, changes: imp.changeRows, refused: imp.refusedRows })})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
