import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadCheckPage } from "@/lib/authorisations/member/pages";
import { CheckForm } from "@/components/authorisations/check-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authorisations.check");
  return { title: t("metaTitle") };
}

/** "Do I need pre-approval?" (PA-1, PA-2, PA-4, PA-6): answered in the browser from the rules. */
export default async function CheckPage() {
  const [{ subjects, factsByPerson, today }, t] = await Promise.all([loadCheckPage(), getTranslations("authorisations.check")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {subjects.length === 0 ? (
        <Card>
          <p>{t("noPolicy")}</p>
        </Card>
      ) : (
        <ClientMessages namespaces={["authorisations"]}>
          <CheckForm subjects={subjects} factsByPerson={factsByPerson} today={today} />
        </ClientMessages>
      )}
    </>
  );
}
