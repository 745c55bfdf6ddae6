"use client";

import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/cx";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { lineIndexOf } from "@/lib/claims/claim-case";
import type { LimitUsage } from "@/lib/rules";
import type { LiveEstimate } from "./use-live-estimate";

const SEVERITY_STYLE = {
  blocking: "border-danger bg-danger-bg",
  warning: "border-accent bg-[#fff8e1]",
  info: "border-brand-100 bg-brand-50",
} as const;

/**
 * The live estimate: totals (in an aria-live region), warnings, each line's calculation step by
 * step with its rule id and explanation in the member's language, and what is left of the limits.
 * Says plainly that it is an estimate: the decision follows on submit.
 */
export function EstimatePanel({ estimate }: { estimate: LiveEstimate }) {
  const t = useTranslations("claimForm.estimate");
  const locale = useLocale() as Locale;

  const decision = estimate.status === "ready" ? estimate.decision : undefined;
  const money = (minor: number) => formatMoney(minor, decision?.currency ?? "DKK", locale);

  const limits: LimitUsage[] = decision
    ? [
        ...(decision.usageAfter.annualMaximum ? [decision.usageAfter.annualMaximum] : []),
        ...(decision.usageAfter.deductible ? [decision.usageAfter.deductible] : []),
        ...decision.usageAfter.categories.filter((c) => decision.lines.some((l) => l.categoryCode === c.code)).flatMap((c) => c.limits),
        ...decision.usageAfter.counters,
      ]
    : [];

  return (
    <section aria-labelledby="estimate-heading" className="rounded-lg border-2 border-brand-100 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="estimate-heading" className="text-lg font-semibold text-ink">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("disclaimer")}</p>

      <div aria-live="polite" aria-atomic="true" className="mt-4" data-testid="estimate-summary">
        {estimate.status === "incomplete" ? <p className="text-muted">{t("incomplete")}</p> : null}
        {estimate.status === "failed" ? <p className="text-danger">{t("failed")}</p> : null}
        {decision ? (
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-ink">
            <dt className="font-semibold">{t("weExpectToPay")}</dt>
            <dd className="text-end font-semibold" data-testid="estimate-payable">
              {money(decision.totals.payableMinor)}
            </dd>
            {decision.totals.pendingMinor > 0 ? (
              <>
                <dt>{t("pending")}</dt>
                <dd className="text-end">{money(decision.totals.pendingMinor)}</dd>
              </>
            ) : null}
            <dt>{t("yourShare")}</dt>
            <dd className="text-end" data-testid="estimate-member-share">
              {money(Math.max(0, decision.totals.claimedMinor - decision.totals.payableMinor - decision.totals.pendingMinor))}
            </dd>
            <dt className="text-muted">{t("claimed")}</dt>
            <dd className="text-end text-muted">{money(decision.totals.claimedMinor)}</dd>
          </dl>
        ) : null}
      </div>

      {decision && decision.warnings.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-semibold text-ink">{t("warningsTitle")}</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {decision.warnings.map((warning, index) => {
              const line = lineIndexOf(warning.lineId);
              return (
                <li key={index} className={cx("rounded-md border-2 p-3 text-ink", SEVERITY_STYLE[warning.severity])}>
                  <span className="font-semibold">
                    {t(`severity.${warning.severity}`)} · {warning.ruleId}
                    {line !== undefined ? ` · ${t("lineLabel", { number: line + 1 })}` : ""}
                  </span>
                  <span className="block">{warning[locale]}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {decision
        ? decision.lines.map((line) => {
            const index = lineIndexOf(line.lineId) ?? 0;
            return (
              <div key={line.lineId} className="mt-5" data-testid={`estimate-line-${index}`}>
                <h3 className="font-semibold text-ink">
                  {t("lineHeading", { number: index + 1, category: line.categoryLabel[locale] })}
                </h3>
                <p className="text-ink">
                  {t("expectedOutcome")}: <strong>{t(`outcome.${line.outcome}`)}</strong> — {t("linePays", { amount: money(line.payableMinor) })}
                </p>
                <ol className="mt-2 flex flex-col gap-1 border-s-2 border-brand-100 ps-3">
                  {line.steps.map((step, stepIndex) => (
                    <li key={stepIndex} className="text-sm text-ink">
                      <span className="me-2 inline-block rounded bg-brand-50 px-1.5 font-mono text-xs font-semibold text-brand-800">{step.ruleId}</span>
                      {step[locale]}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })
        : null}

      {limits.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-semibold text-ink">{t("limitsTitle")}</h3>
          <ul className="mt-2 flex flex-col gap-1 text-sm text-ink">
            {limits.map((limit, index) => (
              <li key={index}>
                <span className="me-2 inline-block rounded bg-brand-50 px-1.5 font-mono text-xs font-semibold text-brand-800">{limit.ruleId}</span>
                {limit[locale]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
