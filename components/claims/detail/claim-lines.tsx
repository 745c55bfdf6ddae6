import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { ClaimLineDto } from "@/lib/claims/member/claim-detail";
import { Card } from "@/components/ui/card";
import { DetailList, type DetailItem } from "@/components/ui/detail-list";
import { cx } from "../../cx";

const OUTCOME_TONE: Record<NonNullable<ClaimLineDto["outcome"]>, string> = {
  APPROVED: "text-success",
  PARTLY_APPROVED: "text-[#5c3b00]",
  REJECTED: "text-danger",
  NEEDS_INFORMATION: "text-[#5c3b00]",
  NEEDS_REVIEW: "text-brand-800",
};

/**
 * Each treatment line with its result and, once decided, the engine's steps (BEN-7) with their
 * rule ids in the member's language — so "why was I paid less?" is answered on the page. A line a
 * handler changed shows the handler's reason (required when adjusting).
 */
export async function ClaimLines({ lines, locale }: { lines: ClaimLineDto[]; locale: Locale }) {
  const t = await getTranslations("claims.lines");
  return (
    <Card title={t("title")}>
      <div className="flex flex-col gap-6">
        {lines.map((line) => {
          const money = (minor: number) => formatMoney(minor, line.currency, locale);
          const decided = line.outcome === "APPROVED" || line.outcome === "PARTLY_APPROVED" || line.outcome === "REJECTED";
          const items: DetailItem[] = [
            { label: t("treatmentDate"), value: formatDate(line.treatmentDate, locale) },
            { label: t("provider"), value: line.providerName },
            { label: t("claimed"), value: money(line.amountMinor) },
            {
              label: t("outcome"),
              value: line.outcome ? <span className={cx("font-semibold", OUTCOME_TONE[line.outcome])}>{t(`outcomes.${line.outcome}`)}</span> : t("notDecided"),
              muted: !line.outcome,
            },
            ...(decided && line.payableMinor !== null ? [{ label: t("payable"), value: <span className="font-semibold">{money(line.payableMinor)}</span> }] : []),
            ...(decided && line.memberShareMinor !== null ? [{ label: t("memberShare"), value: money(line.memberShareMinor) }] : []),
          ];
          return (
            <section key={line.id} aria-labelledby={`line-${line.id}`} className="border-t border-brand-100 pt-4 first:border-0 first:pt-0">
              <h3 id={`line-${line.id}`} className="mb-3 font-semibold text-ink">
                {t("line", { lineNo: line.lineNo, category: line.categoryLabel })}
              </h3>
              <DetailList items={items} />
              {line.adjusted ? (
                <div className="mt-3 rounded-md border-s-4 border-brand-700 bg-brand-50 p-3">
                  <p className="font-semibold">{t("adjusted")}</p>
                  {line.adjustmentReason ? (
                    <p>
                      {t("adjustedReason", { reason: line.adjustmentReason })}
                      {line.adjustmentRuleId ? <span className="ms-1 text-muted">({t("rule", { ruleId: line.adjustmentRuleId })})</span> : null}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {decided && line.reasons.length ? (
                <div className="mt-3">
                  <p className="font-semibold">{t("reasons")}</p>
                  <ul className="list-disc ps-5">
                    {line.reasons.map((reason, index) => (
                      <li key={index}>
                        {reason[locale]} <span className="text-muted">({t("rule", { ruleId: reason.ruleId })})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {decided && line.steps.length ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold text-brand-700">{t("steps")}</summary>
                  <ol className="mt-2 flex flex-col gap-1 ps-1">
                    {line.steps.map((step, index) => (
                      <li key={index} className="flex flex-wrap gap-x-2">
                        <span className="inline-block min-w-16 rounded bg-surface px-1.5 font-mono text-sm text-ink">{step.ruleId}</span>
                        <span>{step[locale]}</span>
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
