import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/auth/request-meta";
import { requireUser } from "@/lib/auth/session";
import { listClaimsForMember, isClaimStatus } from "@/lib/claims/member/queries";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
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

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("MEMBER");
  const [params, t, rawLocale, requestHeaders] = await Promise.all([searchParams, getTranslations("claims.list"), getLocale(), headers()]);
  const locale = toLocale(rawLocale);
  const rawStatus = single(params.status);
  const status = isClaimStatus(rawStatus) ? rawStatus : undefined;
  const personId = single(params.person);
  const page = Number.parseInt(single(params.page) ?? "1", 10);
  const result = await listClaimsForMember(db(), user, {
    personId,
    status,
    page: Number.isFinite(page) ? page : 1,
    locale,
    ip: clientIp(requestHeaders),
  });
  const filtered = Boolean(personId || status);

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
