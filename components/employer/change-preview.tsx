"use client";

import { useLocale, useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms";
import type { ChangePreview } from "@/lib/employer/changes";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";

/** What a joiner or leaver would do, shown before confirming: dates, premium change, the rules' reasons. */
export function ChangePreviewPanel({ preview }: { preview: ChangePreview }) {
  const t = useTranslations("employer.preview");
  const locale = toLocale(useLocale());
  if (preview.outcome === "unchanged") return <p className="rounded-md border border-brand-100 bg-brand-50 p-4">{t("unchanged", { name: preview.name })}</p>;
  return (
    <section aria-labelledby="preview-title" className="rounded-md border-2 border-brand-700 bg-white p-4">
      <h2 id="preview-title" className="mb-3 text-lg font-semibold">{t("title", { name: preview.name })}</h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {preview.startDate ? (
          <>
            <dt className="font-semibold">{t("startDate")}</dt>
            <dd>{formatDate(preview.startDate, locale)}</dd>
          </>
        ) : null}
        {preview.coverEndsOn ? (
          <>
            <dt className="font-semibold">{t("coverEndsOn")}</dt>
            <dd data-testid="cover-ends-on">{formatDate(preview.coverEndsOn, locale)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("premiumChange")}</dt>
        <dd data-testid="premium-change">{formatMoney(preview.premiumChangeMinor, preview.currency, locale)}</dd>
      </dl>
      {preview.retroactive ? (
        <p role="alert" className="mt-3 rounded-md border-2 border-danger bg-white p-3 font-semibold">
          {t("retroactive")}
        </p>
      ) : null}
      <ul className="mt-3 list-disc pl-5">
        {preview.reasons.map((reason, i) => (
          <li key={i}>
            <strong>{reason.ruleId}</strong> {reason[locale]}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The preview (once shown) and the one button: "show what happens", then the confirm label. */
export function PreviewThenConfirm({ preview, pending, confirmLabel }: { preview: ChangePreview | null; pending: boolean; confirmLabel: string }) {
  const t = useTranslations("employer.preview");
  return (
    <>
      {preview ? <ChangePreviewPanel preview={preview} /> : null}
      <div>
        <SubmitButton pending={pending} pendingLabel={t("working")}>
          {preview ? confirmLabel : t("show")}
        </SubmitButton>
      </div>
    </>
  );
}
