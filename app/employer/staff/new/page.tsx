import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadJoinerPage } from "@/lib/employer/pages";
import { formatDate } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JoinerForm } from "@/components/employer/joiner-form";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.joiner"))("metaTitle") };
}

export default async function JoinerPage() {
  const [page, t] = await Promise.all([loadJoinerPage(), getTranslations("employer.joiner")]);
  return (
    <>
      <p className="mb-4"><Link href="/employer/staff">{t("back")}</Link></p>
      <PageHeading lead={t("lead", { from: formatDate(page.year.from, page.locale), to: formatDate(page.year.to, page.locale) })}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["employer"]}>
        <JoinerForm today={page.today} />
      </ClientMessages>
    </>
  );
}
