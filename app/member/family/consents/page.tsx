import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadConsentsPage } from "@/lib/family/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { FormSuccess } from "@/components/forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { GrantForm } from "@/components/family/grant-form";
import { GrantList } from "@/components/family/grant-list";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.consents"))("title") };
}

const DONE = new Set(["given", "renewed", "withdrawn"]);

export default async function ConsentsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [page, t] = await Promise.all([loadConsentsPage(searchParams), getTranslations("family.consents")]);
  return (
    <>
      <p className="mb-4">
        <Link href="/member/family">{t("back")}</Link>
      </p>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {page.done && DONE.has(page.done) ? <FormSuccess className="mb-6" message={t(`done.${page.done}`)} /> : null}
      <ClientMessages namespaces={["family"]}>
        <div className="flex flex-col gap-6">
          <Card title={t("giveTitle")}>
            {page.grantees.length ? <GrantForm grantees={page.grantees} today={page.today} latestEnd={page.latestEnd} locale={page.locale} /> : <p>{t("noGrantees")}</p>}
          </Card>
          <GrantList grants={page.given} mine locale={page.locale} />
          <GrantList grants={page.received} mine={false} locale={page.locale} />
        </div>
      </ClientMessages>
    </>
  );
}
