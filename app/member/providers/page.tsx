import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadProvidersPage } from "@/lib/providers/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/paging/pager";
import { ProviderList } from "@/components/providers/provider-list";
import { ProviderSearchForm } from "@/components/providers/provider-search-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("providers");
  return { title: t("metaTitle") };
}

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ filter, filtered, choices, result }, t] = await Promise.all([loadProvidersPage(searchParams), getTranslations("providers")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ProviderSearchForm filter={filter} filtered={filtered} choices={choices} />
      <p className="mb-3 text-muted" role="status">
        {result.total === 0 ? t("noMatch") : t("count", { total: result.total })}
      </p>
      {result.items.length ? <ProviderList items={result.items} /> : null}
      <Pager
        basePath="/member/providers"
        page={result.page}
        pageCount={result.pageCount}
        query={{ name: filter.name, speciality: filter.speciality, region: filter.region, postalCode: filter.postalCode, directBilling: filter.directBilling ? "1" : undefined }}
      />
    </>
  );
}
