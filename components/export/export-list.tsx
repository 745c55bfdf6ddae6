import type { DataExportDto } from "@/lib/export/exports";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatFileSize } from "@/lib/i18n/format";

type T = (key: string, values?: Record<string, string | number>) => string;

function ExportState({ item, locale, t, ttlDays }: { item: DataExportDto; locale: Locale; t: T; ttlDays: number }) {
  switch (item.status) {
    case "PENDING":
      return <p className="font-medium text-ink">{t("statusPending")}</p>;
    case "FAILED":
      return <p className="text-ink">{t("statusFailed")}</p>;
    case "EXPIRED":
      return <p className="text-muted">{t("statusExpired", { at: formatDateTime(item.expiresAt!, locale) })}</p>;
    case "READY": {
      const { size, unit } = formatFileSize(item.sizeBytes ?? 0, locale);
      return (
        <>
          <p>
            <a href={item.downloadUrl!} download className="font-semibold">
              {t("download", { size, unit })}
            </a>
          </p>
          <p className="text-sm text-muted">{t("expires", { at: formatDateTime(item.expiresAt!, locale), days: ttlDays })}</p>
        </>
      );
    }
  }
}

/** The member's exports, newest first; the state of each is announced politely as it changes. */
export function ExportList({ exports, locale, t, ttlDays }: { exports: DataExportDto[]; locale: Locale; t: T; ttlDays: number }) {
  if (exports.length === 0) return <p className="text-ink">{t("none")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-brand-100" aria-live="polite">
      {exports.map((item) => (
        <li key={item.id} className="flex flex-col gap-1 py-3" data-export-status={item.status}>
          <p className="text-sm text-muted">{t("requestedAt", { at: formatDateTime(item.requestedAt, locale) })}</p>
          <ExportState item={item} locale={locale} t={t} ttlDays={ttlDays} />
        </li>
      ))}
    </ul>
  );
}
