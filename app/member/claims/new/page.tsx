import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadNewClaimPage } from "@/lib/claims/member/pages";
import { formatDateTime } from "@/lib/i18n/format";
import { ClaimForm } from "@/components/claims/form/claim-form";
import { ClientMessages, CLAIM_FORM_MESSAGES } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claimForm");
  return { title: t("newTitle") };
}

/** A new claim: the form with the facts of everyone the member may claim for. */
export default async function NewClaimPage() {
  const { locale, drafts, form } = await loadNewClaimPage();
  const t = await getTranslations("claimForm");

  return (
    <>
      <PageHeading lead={t("newLead")}>{t("newTitle")}</PageHeading>
      {drafts.length > 0 ? (
        <Card title={t("drafts.title")} className="mb-6">
          <ul className="flex flex-col gap-2">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={draft.href} className="font-semibold text-brand-700 underline">
                  {t("drafts.continue", { number: draft.number, time: formatDateTime(draft.updatedAt, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {form.subjects.length === 0 ? (
        <Card>
          <p className="text-ink">{t("noPolicy")}</p>
        </Card>
      ) : (
        <ClientMessages namespaces={CLAIM_FORM_MESSAGES}>
          <ClaimForm subjects={form.subjects} factsByPerson={form.factsByPerson} />
        </ClientMessages>
      )}
    </>
  );
}
