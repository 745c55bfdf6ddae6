import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.handler");
  return { title: t("metaTitle") };
}

export default async function HandlerHomePage() {
  const user = await requireUser("CLAIMS_HANDLER");
  const t = await getTranslations("home");
  const tc = await getTranslations("common");

  return (
    <>
      <PageHeading lead={t("handler.intro")}>{t("handler.title", { name: user.displayName })}</PageHeading>
      <Card title={t("details")}>
        <DetailList items={[{ label: t("role"), value: tc("roles.CLAIMS_HANDLER") }]} />
      </Card>
    </>
  );
}
