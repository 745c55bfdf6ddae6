import { getTranslations } from "next-intl/server";
import type { ClaimReview } from "@/lib/claims/review/review";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";

function RuleTag({ id }: { id: string }) {
  return <span className="shrink-0 rounded bg-brand-50 px-1.5 font-mono text-sm text-brand-900">{id}</span>;
}

/** Each line with the engine's proposal (every step and reason with its rule id) or, once decided, the decision. */
export async function ClaimLines({ review, locale }: { review: ClaimReview; locale: Locale }) {
  const t = await getTranslations("handler");
  const money = (minor: number) => formatMoney(minor, review.currency, locale);
  const yesNo = (value: boolean) => (value ? t("review.yes") : t("review.no"));
  return (
    <Card title={t("lines.title")}>
      <div className="flex flex-col gap-6">
        {review.lines.map((line) => (
          <section key={line.id} aria-labelledby={`line-${line.lineNo}-title`} className="border-b border-brand-100 pb-5 last:border-0" data-testid={`review-line-${line.lineNo}`}>
            <h3 id={`line-${line.lineNo}-title`} className="text-base font-semibold">
              {t("lines.line", { lineNo: line.lineNo, category: line.categoryLabel[locale] })}
            </h3>
            <p className="text-sm text-muted">
              {t("lines.meta", { date: formatDate(line.date, locale), provider: line.providerName, country: line.country, setting: line.setting.toLowerCase().replace("_", "-") })}
            </p>
            <p className="text-sm text-muted">
              {t("lines.proofs", { receipt: yesNo(line.receiptPresent), referral: yesNo(line.referralPresent), prescription: yesNo(line.prescriptionPresent) })}
            </p>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              <dt>{t("lines.claimed")}</dt>
              <dd className="tabular-nums">{money(line.amountMinor)}</dd>
              {line.proposal ? (
                <>
                  <dt>{t("lines.eligible")}</dt>
                  <dd className="tabular-nums">{money(line.proposal.eligibleMinor)}</dd>
                  <dt className="font-semibold">{t("lines.proposed")}</dt>
                  <dd className="font-semibold tabular-nums">
                    {money(line.proposal.outcome === "rejected" ? 0 : line.proposal.payableMinor)} · {t(`outcomes.${line.proposal.outcome}` as "outcomes.approved")}
                  </dd>
                </>
              ) : null}
            </dl>
            {line.decided ? (
              <p className="mt-2 font-semibold">
                {t("lines.decided", { outcome: t(`outcomes.${line.decided.outcome}` as "outcomes.APPROVED"), payable: money(line.decided.payableMinor) })}
                {line.decided.adjustmentReason ? <span className="block font-normal">{t("lines.adjustmentReason", { reason: line.decided.adjustmentReason })}</span> : null}
              </p>
            ) : null}
            {line.proposal ? (
              <>
                <h4 className="mt-3 font-semibold">{t("lines.steps")}</h4>
                <ol className="mt-1 flex flex-col gap-1">
                  {line.proposal.steps.map((step, index) => (
                    <li key={index} className="flex gap-2">
                      <RuleTag id={step.ruleId} />
                      <span>{step[locale]}</span>
                    </li>
                  ))}
                </ol>
                {line.proposal.reasons.length ? (
                  <>
                    <h4 className="mt-3 font-semibold">{t("lines.reasons")}</h4>
                    <ul className="mt-1 flex flex-col gap-1">
                      {line.proposal.reasons.map((reason, index) => (
                        <li key={index} className="flex gap-2">
                          <RuleTag id={reason.ruleId} />
                          <span>{reason[locale]}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            ) : review.open ? (
              <p className="mt-2 text-muted">{t("lines.noProposal")}</p>
            ) : null}
          </section>
        ))}
      </div>
    </Card>
  );
}
