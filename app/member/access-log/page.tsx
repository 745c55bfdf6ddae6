import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadAccessLogPage } from "@/lib/access-log/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/paging/pager";
import { AccessLogList } from "@/components/access-log/access-log-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessLog");
  return { title: t("metaTitle") };
}

export default async function AccessLogPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ locale, log }, t] = await Promise.all([loadAccessLogPage(searchParams), getTranslations("accessLog")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-3 text-muted" role="status">
        {log.total === 0 ? t("empty") : t("count", { total: log.total })}
      </p>
      {log.entries.length ? <AccessLogList entries={log.entries} locale={locale} /> : null}
      <Pager basePath="/member/access-log" page={log.page} pageCount={log.pageCount} query={{}} />
    </>
  );
}
