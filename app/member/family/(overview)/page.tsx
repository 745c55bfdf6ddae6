import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadFamilyPage } from "@/lib/family/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { FormSuccess } from "@/components/forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/family/button-link";
import { FamilyHistory } from "@/components/family/family-history";
import { FamilyMemberCard } from "@/components/family/family-member-card";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family"))("title") };
}

export default async function FamilyPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ overview, locale, done }, t] = await Promise.all([loadFamilyPage(searchParams), getTranslations("family")]);
  if (!overview) {
    return (
      <>
        <PageHeading>{t("title")}</PageHeading>
        <p>{t("noPolicy")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {done === "ended" || done === "invited" ? <FormSuccess className="mb-6" message={t(`done.${done}`)} /> : null}
      <p className="mb-2 font-medium">{t("policy", { number: overview.policy.number, plan: overview.planName[locale] })}</p>
      <p className="mb-6 max-w-prose text-muted">{t("ownDataAge", { age: overview.ownHealthDataFromAge })}</p>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row">
        {overview.canManage ? <ButtonLink href="/member/family/add">{t("actions.add")}</ButtonLink> : null}
        <ButtonLink href="/member/family/consents" variant="secondary">{t("actions.consents")}</ButtonLink>
      </div>
      <h2 className="mb-4 text-xl font-semibold">{t("members")}</h2>
      <ClientMessages namespaces={["family"]}>
        <div className="mb-8 grid gap-4 lg:grid-cols-2">
          {overview.members.map((member) => (
            <FamilyMemberCard key={member.enrolmentId} member={member} locale={locale} ownDataAge={overview.ownHealthDataFromAge} />
          ))}
        </div>
      </ClientMessages>
      <FamilyHistory events={overview.history} locale={locale} />
    </>
  );
}
