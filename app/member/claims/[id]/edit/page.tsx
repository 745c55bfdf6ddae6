import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadEditDraftPage } from "@/lib/claims/member/pages";
import { ClaimForm } from "@/components/claims/form/claim-form";
import { ClientMessages, CLAIM_FORM_MESSAGES } from "@/components/i18n/client-messages";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claimForm");
  return { title: t("editTitle") };
}

/** Resume a draft: only the drafter's own drafts (anything else is 404), with its uploads. */
export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { draft, form } = await loadEditDraftPage(params);
  const t = await getTranslations("claimForm");
  return (
    <>
      <PageHeading lead={t("editLead", { number: draft.number })}>{t("editTitle")}</PageHeading>
      <ClientMessages namespaces={CLAIM_FORM_MESSAGES}>
        <ClaimForm
          subjects={form.subjects}
          factsByPerson={form.factsByPerson}
          initialValues={draft.values}
          draft={{ id: draft.id, number: draft.number, documents: draft.documents }}
        />
      </ClientMessages>
    </>
  );
}
