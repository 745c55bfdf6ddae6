import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.member");
  return { title: t("metaTitle") };
}

export default async function MemberHomePage() {
  const user = await requireUser("MEMBER");
  const t = await getTranslations("home");
  const tc = await getTranslations("common");

  return (
    <>
      <PageHeading lead={t("member.intro")}>{t("member.title", { name: user.displayName })}</PageHeading>
      <Card title={t("details")}>
        {user.person ? null : <p className="mb-4 text-ink">{t("member.noPerson")}</p>}
        <DetailList
          items={[
            ...(user.person ? [{ label: t("member.memberNumber"), value: user.person.memberNumber }] : []),
            user.policyNumber
              ? { label: t("member.policyNumber"), value: user.policyNumber }
              : { label: t("member.policyNumber"), value: t("member.noPolicy"), muted: true },
            { label: t("role"), value: tc("roles.MEMBER") },
          ]}
        />
      </Card>
    </>
  );
}
