import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadDocumentsInboxPage } from "@/lib/inbox/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/paging/pager";
import { InboxList } from "@/components/inbox/inbox-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("metaTitle") };
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ locale, inbox, names }, t] = await Promise.all([loadDocumentsInboxPage(searchParams), getTranslations("inbox")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {inbox.total === 0 ? (
        <Card title={t("empty.title")}>
          <p className="text-ink">{t("empty.body")}</p>
        </Card>
      ) : (
        <>
          <p className="mb-3 text-muted" role="status">
            {t("count", { total: inbox.total })}
          </p>
          <InboxList items={inbox.items} names={names} locale={locale} />
          <Pager basePath="/member/documents" page={inbox.page} pageCount={inbox.pageCount} query={{}} />
        </>
      )}
    </>
  );
}
