import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { writeAudit } from "@/lib/audit/audit";
import { requireUser } from "@/lib/auth/session";

import { loadClaimFormContext } from "@/lib/cover/facts";
import { loadDraftForEdit } from "@/lib/claims/member/drafts";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { ClaimForm } from "@/components/claims/form/claim-form";
import { ClientMessages, CLAIM_FORM_MESSAGES } from "@/components/i18n/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { copenhagenDay } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claimForm");
  return { title: t("editTitle") };
}

/** Resume a draft: only the drafter's own drafts (anything else is 404), with its uploads. */
export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("MEMBER");
  const locale = (await getLocale()) as Locale;
  const draft = await loadDraftForEdit(db(), user, id, locale);
  if (!draft) notFound();
  await writeAudit(db(), { actorUserId: user.userId, action: "claim.read", subjectType: "Claim", subjectId: draft.id, personId: draft.personId, metadata: { view: "draft-edit" } });

  const t = await getTranslations("claimForm");
  const context = await loadClaimFormContext(db(), user, copenhagenDay());
  return (
    <>
      <PageHeading lead={t("editLead", { number: draft.number })}>{t("editTitle")}</PageHeading>
      <ClientMessages namespaces={CLAIM_FORM_MESSAGES}>
        <ClaimForm
          subjects={context.subjects.map((s) => ({ personId: s.personId, name: s.name, relation: s.relation }))}
          factsByPerson={context.factsByPerson}
          initialValues={draft.values}
          draft={{ id: draft.id, number: draft.number, documents: draft.documents }}
        />
      </ClientMessages>
    </>
  );
}
