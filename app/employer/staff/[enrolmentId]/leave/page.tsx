import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadLeaverPage } from "@/lib/employer/pages";
import { formatDate } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LeaverForm } from "@/components/employer/leaver-form";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.leaver"))("metaTitle") };
}

export default async function LeaverPage({ params }: { params: Promise<{ enrolmentId: string }> }) {
  const [page, t] = await Promise.all([loadLeaverPage(params), getTranslations("employer.leaver")]);
  const e = page.employee;
  return (
    <>
      <p className="mb-4"><Link href="/employer/staff">{t("back")}</Link></p>
      <PageHeading lead={t("lead", { from: formatDate(page.year.from, page.locale), to: formatDate(page.year.to, page.locale) })}>{t("title", { name: e.name })}</PageHeading>
      <p className="mb-6">{t("current", { number: e.employeeNumber, start: formatDate(e.startDate, page.locale) })}</p>
      <ClientMessages namespaces={["employer"]}>
        <LeaverForm enrolmentId={e.enrolmentId} today={page.today} />
      </ClientMessages>
    </>
  );
}
