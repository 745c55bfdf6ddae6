import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.employer");
  return { title: t("metaTitle") };
}

export default async function EmployerHomePage() {
  const user = await requireUser("EMPLOYER_ADMIN");
  const t = await getTranslations("home");
  const tc = await getTranslations("common");

  return (
    <>
      <PageHeading lead={t("employer.intro")}>{t("employer.title", { name: user.displayName })}</PageHeading>
      <Card title={t("details")}>
        {user.employer ? null : <p className="mb-4 text-ink">{t("employer.noEmployer")}</p>}
        <DetailList
          items={[
            ...(user.employer
              ? [
                  { label: t("employer.employer"), value: user.employer.name },
                  { label: t("employer.cvr"), value: user.employer.cvr },
                ]
              : []),
            { label: t("role"), value: tc("roles.EMPLOYER_ADMIN") },
          ]}
        />
      </Card>
    </>
  );
}
