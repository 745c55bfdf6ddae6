import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadRequestListPage } from "@/lib/authorisations/member/pages";
import { MemberRequestTable } from "@/components/authorisations/request-tables";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authorisations.list");
  return { title: t("metaTitle") };
}

const button = "inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold no-underline";

/** The member's pre-authorisation and guarantee-of-payment requests (issue 11). */
export default async function AuthorisationsPage() {
  const [{ items, locale }, t] = await Promise.all([loadRequestListPage(), getTranslations("authorisations.list")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Link href="/member/authorisations/check" className={`${button} bg-brand-700 text-white hover:bg-brand-800 hover:text-white`}>
          {t("check")}
        </Link>
        <Link href="/member/authorisations/new" className={`${button} border-2 border-brand-700 bg-white text-brand-700`}>
          {t("new")}
        </Link>
        <Link href="/member/authorisations/new?emergency=1" className={`${button} border-2 border-danger bg-white text-danger`}>
          {t("emergency")}
        </Link>
      </div>
      <MemberRequestTable items={items} locale={locale} />
    </>
  );
}
