import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadEnrolmentQueue } from "@/lib/family/pages";
import { FormSuccess } from "@/components/forms";
import { EnrolmentQueue } from "@/components/family/enrolment-queue";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import type { PageSearchParams } from "@/lib/server/request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.handler"))("title") };
}

export default async function EnrolmentQueuePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ items, locale }, t, params] = await Promise.all([loadEnrolmentQueue(), getTranslations("family.handler"), searchParams]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {params.done === "decided" ? <FormSuccess className="mb-6" message={t("done")} /> : null}
      <Card>
        <EnrolmentQueue items={items} locale={locale} />
      </Card>
    </>
  );
}
