"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { lineIndexOf } from "@/lib/claims/claim-case";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import type { LiveEstimate } from "./use-live-estimate";

/**
 * On a phone the form is long and the full estimate sits just before the send button: this bar
 * keeps the expected refund in sight while typing (issue 14 point 5) and expands to each line's
 * expected outcome. It steps aside while the full estimate is on screen, and never on a wide screen.
 * Not a live region: the full estimate announces changes once.
 */
export function EstimateSticky({ estimate, panelId }: { estimate: LiveEstimate; panelId: string }) {
  const t = useTranslations("claimForm.estimate");
  const locale = useLocale() as Locale;
  const [open, setOpen] = useState(false);
  const [panelInView, setPanelInView] = useState(false);

  useEffect(() => {
    const panel = document.getElementById(panelId);
    if (!panel) return;
    const observer = new IntersectionObserver(([entry]) => setPanelInView(entry?.isIntersecting ?? false), { threshold: 0.2 });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [panelId]);

  if (panelInView) return null;
  const decision = estimate.status === "ready" ? estimate.decision : undefined;
  const money = (minor: number) => formatMoney(minor, decision?.currency ?? "DKK", locale);

  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t-2 border-brand-100 bg-white px-4 py-2 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] lg:hidden" data-testid="estimate-sticky">
      <div className="flex items-center justify-between gap-3">
        <p className="text-ink">
          <span className="block text-sm">{t("title")}</span>
          <strong data-testid="estimate-sticky-payable">{decision ? money(decision.totals.payableMinor) : t("stickyIncomplete")}</strong>
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="estimate-sticky-details"
          onClick={() => setOpen((value) => !value)}
          className="min-h-11 shrink-0 rounded-md border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-700"
        >
          {open ? t("hideDetails") : t("showDetails")}
        </button>
      </div>
      {open ? (
        <div id="estimate-sticky-details" className="mt-2 max-h-[50vh] overflow-y-auto border-t border-brand-100 pt-2">
          {decision ? (
            <ul className="flex flex-col gap-1 text-ink">
              {decision.lines.map((line) => (
                <li key={line.lineId}>
                  {t("lineHeading", { number: (lineIndexOf(line.lineId) ?? 0) + 1, category: line.categoryLabel[locale] })}: {t(`outcome.${line.outcome}`)} — {t("linePays", { amount: money(line.payableMinor) })}
                </li>
              ))}
              {decision.warnings.length > 0 ? <li className="font-semibold">{t("stickyWarnings", { count: decision.warnings.length })}</li> : null}
            </ul>
          ) : (
            <p className="text-muted">{t("incomplete")}</p>
          )}
          <a href={`#${panelId}`} className="mt-2 inline-block text-brand-700 underline" onClick={() => setOpen(false)}>
            {t("seeFull")}
          </a>
        </div>
      ) : null}
    </div>
  );
}
