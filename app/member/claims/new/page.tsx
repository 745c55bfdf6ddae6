import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";

import { loadClaimFormContext } from "@/lib/cover/facts";
import { listOwnDrafts } from "@/lib/claims/member/drafts";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { ClaimForm } from "@/components/claims/form/claim-form";
import { ClientMessages, CLAIM_FORM_MESSAGES } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { copenhagenDay } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claimForm");
  return { title: t("newTitle") };
}

/** A new claim: the form with the facts of everyone the member may claim for. */
export default async function NewClaimPage() {
  const user = await requireUser("MEMBER");
  const t = await getTranslations("claimForm");
  const locale = (await getLocale()) as Locale;
  const [context, drafts] = await Promise.all([loadClaimFormContext(db(), user, copenhagenDay()), listOwnDrafts(db(), user)]);

  return (
    <>
      <PageHeading lead={t("newLead")}>{t("newTitle")}</PageHeading>
      {drafts.length > 0 ? (
        <Card title={t("drafts.title")} className="mb-6">
          <ul className="flex flex-col gap-2">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={`/member/claims/${draft.id}/edit`} className="font-semibold text-brand-700 underline">
                  {t("drafts.continue", { number: draft.number, time: formatDateTime(draft.updatedAt, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {context.subjects.length === 0 ? (
        <Card>
          <p className="text-ink">{t("noPolicy")}</p>
        </Card>
      ) : (
        <ClientMessages namespaces={CLAIM_FORM_MESSAGES}>
          <ClaimForm
            subjects={context.subjects.map((s) => ({ personId: s.personId, name: s.name, relation: s.relation }))}
            factsByPerson={context.factsByPerson}
          />
        </ClientMessages>
      )}
    </>
  );
}
