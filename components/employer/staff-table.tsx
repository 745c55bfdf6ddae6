import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StaffRow } from "@/lib/employer/staff";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** The staff rows: name, employee number, enrolment dates, status — nothing else exists here (GRP-3). */
/** `canManage`: a view admin (issue 12 point 8) sees no leaver links; the page would refuse them anyway. */
export async function StaffTable({ rows, locale, canManage = true }: { rows: StaffRow[]; locale: Locale; canManage?: boolean }) {
  const t = await getTranslations("employer.staff");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-brand-100">
            <th scope="col" className="py-2 pr-4">{t("columns.name")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.employeeNumber")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.startDate")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.endDate")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.status")}</th>
            <th scope="col" className="py-2"><span className="sr-only">{t("columns.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.enrolmentId} className="border-b border-brand-100">
              <td className="py-2 pr-4">{row.name}</td>
              <td className="py-2 pr-4">{row.employeeNumber}</td>
              <td className="py-2 pr-4">{formatDate(row.startDate, locale, "short")}</td>
              <td className="py-2 pr-4">{row.endDate ? formatDate(row.endDate, locale, "short") : "–"}</td>
              <td className="py-2 pr-4">{t(`statuses.${row.status}`)}</td>
              <td className="py-2">
                {row.status === "ended" || !canManage ? null : (
                  <Link href={`/employer/staff/${row.enrolmentId}/leave`} prefetch={false} aria-label={t("removeLabel", { name: row.name })}>
                    {t("remove")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
