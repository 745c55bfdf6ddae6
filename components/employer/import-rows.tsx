import { getTranslations } from "next-intl/server";
import type { ImportRowView } from "@/lib/employer/import";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";

/** The dry run, row by row: refused rows first (row number, column, rule id), at most 500 of the rest. */
export async function ImportRows({ rows, currency, locale }: { rows: ImportRowView[]; currency: string; locale: Locale }) {
  const t = await getTranslations("employer.import");
  const refused = rows.filter((r) => r.outcome === "refused");
  const others = rows.filter((r) => r.outcome !== "refused").slice(0, 500);
  const shown = [...refused, ...others];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="import-rows">
        <caption className="mb-2 text-left font-semibold">{t("rowsCaption", { shown: shown.length, total: rows.length })}</caption>
        <thead>
          <tr className="border-b-2 border-brand-100">
            <th scope="col" className="py-2 pr-3">{t("row")}</th>
            <th scope="col" className="py-2 pr-3">{t("outcome")}</th>
            <th scope="col" className="py-2 pr-3">{t("employee")}</th>
            <th scope="col" className="py-2 pr-3">{t("dates")}</th>
            <th scope="col" className="py-2 pr-3">{t("premium")}</th>
            <th scope="col" className="py-2">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.row} className="border-b border-brand-100 align-top" data-outcome={r.outcome}>
              <td className="py-2 pr-3">{r.row}</td>
              <td className="py-2 pr-3">{t(`outcomes.${r.outcome}`)}</td>
              <td className="py-2 pr-3">{[r.employeeNumber, r.name].filter(Boolean).join(" ")}</td>
              <td className="py-2 pr-3">
                {r.date ? formatDate(r.date, locale, "short") : ""}
                {r.coverEndsOn ? ` → ${formatDate(r.coverEndsOn, locale, "short")}` : ""}
              </td>
              <td className="py-2 pr-3">{r.premiumChangeMinor ? formatMoney(r.premiumChangeMinor, currency, locale) : ""}</td>
              <td className="py-2">
                {r.refusals.map((x, i) => (
                  <p key={i}>
                    {x.column ? <>{t("columnLabel", { column: t(`format.names.${x.column}`) })} </> : null}
                    {x.ruleId ? <strong>{x.ruleId} </strong> : null}
                    {x.problem ? t(`problems.${x.problem}`, { value: x.value ?? "" }) : x[locale]}
                  </p>
                ))}
                {r.retroactive ? <p>{t("retroactive")}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
