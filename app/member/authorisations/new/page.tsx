import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadRequestFormPage } from "@/lib/authorisations/member/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { formatDateTime } from "@/lib/i18n/format";
import { RequestForm } from "@/components/authorisations/request-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authorisations.form");
  return { title: t("metaTitle") };
}

/** Request a pre-authorisation / guarantee (GOP-1), or (?emergency=1) report emergency treatment (PA-3). */
export default async function NewRequestPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [page, t] = await Promise.all([loadRequestFormPage(searchParams), getTranslations("authorisations.form")]);
  return (
    <>
      <PageHeading lead={page.emergency ? t("emergencyLead") : t("lead")}>{page.emergency ? t("emergencyTitle") : t("title")}</PageHeading>
      {page.drafts.length > 0 && !page.draft ? (
        <Card title={t("drafts")} className="mb-6">
          <ul className="flex flex-col gap-2">
            {page.drafts.map((d) => (
              <li key={d.id}>
                <Link href={d.href}>{t("continue", { reference: d.reference, time: formatDateTime(d.updatedAt, page.locale) })}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {page.subjects.length === 0 ? (
        <Card>
          <p>{t("noPolicy")}</p>
        </Card>
      ) : (
        <ClientMessages namespaces={["authorisations", "claimForm", "documents"]}>
          <RequestForm today={page.today} subjects={page.subjects} categoriesByPerson={page.categoriesByPerson} emergency={page.emergency} prefill={page.prefill} draft={page.draft} />
        </ClientMessages>
      )}
    </>
  );
}
