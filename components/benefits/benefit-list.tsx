import { getTranslations } from "next-intl/server";
import type { BenefitRow } from "@/lib/home/benefit-table";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

type T = Awaited<ReturnType<typeof getTranslations<"benefits.table">>>;

const WAITING_RULE = "ELG-2";

function preApprovalText(row: BenefitRow, locale: Locale, t: T): string | null {
  const pa = row.preApproval;
  switch (pa.kind) {
    case "none":
      return null;
    case "afterTreatments":
      return pa.countedWith.length
        ? t("preApproval.afterTreatmentsWith", { next: pa.freeTreatments + 1, others: pa.countedWith.map((l) => l[locale].toLowerCase()).join(", "), rule: pa.ruleId })
        : t("preApproval.afterTreatments", { next: pa.freeTreatments + 1, rule: pa.ruleId });
    case "supplyLongerThan":
      return t("preApproval.supplyLongerThan", { days: pa.days, rule: pa.ruleId });
    default:
      return t(`preApproval.${pa.kind}`, { rule: pa.ruleId });
  }
}

/** The sentences that describe one benefit line, in the reader's language, each with its rule id. */
function sentences(row: BenefitRow, currency: string, locale: Locale, t: T): string[] {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const out = [t("coverage", { percent: row.coveragePercent })];
  for (const cap of row.caps) out.push(`${t(`cap.${cap.kind}`, { amount: money(cap.amountMinor) })} (BEN-1)`);
  if (row.visitLimit) out.push(`${t("visitLimit", { max: row.visitLimit.maxVisits, days: row.visitLimit.windowDays })} (BEN-3)`);
  if (row.referralRequired) out.push(t("referral", { rule: "CLM-4" }));
  if (row.prescriptionRequired) out.push(t("prescription", { rule: "CLM-1" }));
  if (row.guaranteeRequired) out.push(t("guarantee", { rule: "GOP-4" }));
  if (row.waitingPeriod !== "general") out.push(t(`waiting.${row.waitingPeriod}`, { rule: WAITING_RULE }));
  const pa = preApprovalText(row, locale, t);
  if (pa) out.push(pa);
  if (row.addOn) out.push(t(row.addOn.included ? "addOnIncluded" : "addOnMissing", { addOn: row.addOn.label[locale] }));
  return out;
}

/** The plan's benefit lines as a list of cards: readable on a phone, one heading per treatment. */
export async function BenefitList({ rows, currency, locale }: { rows: BenefitRow[]; currency: string; locale: Locale }) {
  const t = await getTranslations("benefits.table");
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {rows.map((row) => (
        <li key={row.code} className={row.addOn && !row.addOn.included ? "rounded-lg border border-brand-100 bg-surface p-4" : "rounded-lg border border-brand-100 bg-white p-4"}>
          <h3 className="mb-2 font-semibold text-ink">{row.label[locale]}</h3>
          <ul className="list-disc space-y-1 ps-5 text-ink">
            {sentences(row, currency, locale, t).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
