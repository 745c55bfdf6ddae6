import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadEndCoverPage } from "@/lib/family/pages";
import { formatDate } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EndCoverForm } from "@/components/family/end-cover-form";
import { PageHeading } from "@/components/ui/page-heading";

type Params = Promise<{ enrolmentId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.actions"))("endCover") };
}

export default async function EndCoverPage({ params }: { params: Params }) {
  const [page, t] = await Promise.all([loadEndCoverPage(params), getTranslations("family.end")]);
  return (
    <>
      <p className="mb-4">
        <Link href="/member/family">{t("back")}</Link>
      </p>
      <PageHeading lead={t("lead")}>{t("title", { name: page.name })}</PageHeading>
      {page.isMain ? (
        <div className="mb-6 max-w-prose">
          <p>{t("leadMain")}</p>
          <p>{page.coInsuredKeepCover ? t("fam6", { date: formatDate(page.paidUntil, page.locale) }) : t("noFam6")}</p>
        </div>
      ) : null}
      <ClientMessages namespaces={["family"]}>
        <EndCoverForm enrolmentId={page.enrolmentId} today={page.today} isMain={page.isMain} />
      </ClientMessages>
    </>
  );
}
