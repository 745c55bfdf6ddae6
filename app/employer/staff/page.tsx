import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadStaffPage } from "@/lib/employer/pages";
import { STAFF_STATUSES } from "@/lib/employer/schemas";
import type { PageSearchParams } from "@/lib/server/request-context";
import { ButtonLink } from "@/components/family/button-link";
import { FormSuccess } from "@/components/forms/form-success";
import { StaffTable } from "@/components/employer/staff-table";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer.staff"))("metaTitle") };
}

/** The staff list (issue 12 point 2): a plain GET form, keyset pages of 50. */
export default async function StaffPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ locale, query, page, done, canManage }, t] = await Promise.all([loadStaffPage(searchParams), getTranslations("employer.staff")]);
  const href = (cursor: { after?: string; before?: string }) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.status !== "all") params.set("status", query.status);
    for (const [k, v] of Object.entries(cursor)) if (v) params.set(k, v);
    return `/employer/staff?${params}`;
  };
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <FormSuccess message={done === "joined" || done === "left" ? t(`done.${done}`) : null} className="mb-4" />
      {canManage ? (
        <div className="mb-6 flex flex-wrap gap-3">
          <ButtonLink href="/employer/staff/new">{t("addJoiner")}</ButtonLink>
          <ButtonLink href="/employer/import" variant="secondary">{t("import")}</ButtonLink>
        </div>
      ) : null}
      <form method="get" action="/employer/staff" role="search" className="mb-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="q" className="block font-semibold">{t("search")}</label>
          <input id="q" name="q" defaultValue={query.q ?? ""} aria-describedby="q-hint" className="rounded-md border border-field px-3 py-2" />
          <p id="q-hint" className="text-sm text-muted">{t("searchHint")}</p>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">{t("status")}</label>
          <select id="status" name="status" defaultValue={query.status} className="min-h-11 rounded-md border border-field px-3 py-2">
            {(["all", ...STAFF_STATUSES] as const).map((s) => (
              <option key={s} value={s}>{t(`statuses.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white">{t("submit")}</button>
      </form>
      <p className="mb-3 text-muted" role="status">{page.total === 0 ? t("none") : t("count", { total: page.total })}</p>
      {page.rows.length ? <StaffTable rows={page.rows} locale={locale} canManage={canManage} /> : null}
      <nav aria-label={t("pager")} className="mt-6 flex justify-between">
        {page.previous ? <Link href={href({ before: page.previous })} rel="prev" prefetch={false}>{t("previous")}</Link> : <span />}
        {page.next ? <Link href={href({ after: page.next })} rel="next" prefetch={false}>{t("next")}</Link> : <span />}
      </nav>
    </>
  );
}
