import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadHistoryPage } from "@/lib/employer/admin-pages";
import type { EmployerChangeDetails } from "@/lib/employer/history";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerAdmins.history"))("metaTitle") };
}

type T = Awaited<ReturnType<typeof getTranslations<"employerAdmins">>>;

/** One change as a sentence: dates in the reader's language, rights by their names. */
function describe(change: EmployerChangeDetails, t: T, locale: Locale): string {
  const day = (iso: string) => formatDate(iso, locale);
  switch (change.kind) {
    case "joiner_added":
      return t("history.kinds.joiner_added", { name: change.name, employeeNumber: change.employeeNumber, startDate: day(change.startDate) });
    case "leaver_removed":
      return t("history.kinds.leaver_removed", { name: change.name, employeeNumber: change.employeeNumber, coverEndsOn: day(change.coverEndsOn) });
    case "import_applied":
      return t("history.kinds.import_applied", { fileName: change.fileName, appliedRows: change.appliedRows });
    case "admin_invited":
    case "admin_joined":
      return t(`history.kinds.${change.kind}`, { email: change.email, right: t(`rights.${change.right}`) });
    case "admin_right_changed":
      return t("history.kinds.admin_right_changed", { email: change.email, from: t(`rights.${change.from}`), to: t(`rights.${change.to}`) });
    case "admin_removed":
      return t("history.kinds.admin_removed", { email: change.email });
  }
}

/** Issue 12 point 8: every change in the employer area, who made it and when, newest first, 25 a page. */
export default async function EmployerHistoryPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [{ history, employerName, locale }, t] = await Promise.all([loadHistoryPage(searchParams), getTranslations("employerAdmins")]);
  return (
    <>
      <PageHeading lead={t("history.lead", { employer: employerName })}>{t("history.title")}</PageHeading>
      {history.entries.length === 0 ? <p>{t("history.none")}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="sr-only">{t("history.page", { page: history.page })}</caption>
            <thead>
              <tr className="border-b-2 border-brand-100 text-left">
                <th scope="col" className="py-2 pr-4">{t("history.when")}</th>
                <th scope="col" className="py-2 pr-4">{t("history.who")}</th>
                <th scope="col" className="py-2 pr-4">{t("history.what")}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((e) => (
                <tr key={e.id} className="border-b border-brand-100 align-top" data-testid="history-row">
                  <td className="py-2 pr-4 whitespace-nowrap"><time dateTime={e.at}>{formatDateTime(e.at, locale)}</time></td>
                  <td className="py-2 pr-4">{e.actor ?? t("history.unknownActor")}</td>
                  <td className="py-2 pr-4">{describe(e.change, t, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("history.pager")} className="mt-6 flex justify-between">
        {history.page > 1 ? <Link href={`/employer/history?page=${history.page - 1}`} rel="prev" prefetch={false}>{t("history.previous")}</Link> : <span />}
        {history.hasNext ? <Link href={`/employer/history?page=${history.page + 1}`} rel="next" prefetch={false}>{t("history.next")}</Link> : <span />}
      </nav>
    </>
  );
}
