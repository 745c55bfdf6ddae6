import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadClaimsListPage } from "@/lib/claims/member/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";
import { ClaimsEmptyState } from "@/components/claims/list/empty-state";
import { ClaimsFilter } from "@/components/claims/list/claims-filter";
import { ClaimsList } from "@/components/claims/list/claims-list";
import { NewClaimLink } from "@/components/claims/list/new-claim-link";
import { Pagination } from "@/components/claims/list/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims.list");
  return { title: t("metaTitle") };
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ locale, personId, status, filtered, result }, t] = await Promise.all([loadClaimsListPage(searchParams), getTranslations("claims.list")]);

  return (
    <>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
        <div className="shrink-0 sm:pt-1">
          <NewClaimLink />
        </div>
      </div>
      {result.total === 0 && !filtered ? (
        <ClaimsEmptyState />
      ) : (
        <>
          <ClaimsFilter persons={result.persons} personId={personId} status={status} />
          <p className="mb-3 text-muted" role="status">
            {result.total === 0 ? t("noMatch") : t("count", { total: result.total })}
          </p>
          {result.items.length ? <ClaimsList items={result.items} locale={locale} /> : null}
          <Pagination page={result.page} pageCount={result.pageCount} query={{ person: personId, status }} />
        </>
      )}
    </>
  );
}
