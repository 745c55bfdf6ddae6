import { getTranslations } from "next-intl/server";
import type { InboxItem } from "@/lib/inbox/documents";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatFileSize } from "@/lib/i18n/format";

/** The inbox as a list, newest first: what it is, whose, when, and a download link. */
export async function InboxList({ items, names, locale }: { items: InboxItem[]; names: Record<string, string>; locale: Locale }) {
  const [t, td] = await Promise.all([getTranslations("inbox"), getTranslations("documents.kinds")]);
  const what = (item: InboxItem) => (item.kind === "uploaded" ? td(item.documentKind ?? "OTHER") : t(`kind.${item.kind}`));
  return (
    <ul className="flex flex-col divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
          <div className="min-w-0">
            <p className="font-semibold break-words text-ink">{item.name}</p>
            <p className="text-sm text-muted">
              {[what(item), item.reference, item.personId ? names[item.personId] : null, formatDateTime(item.at, locale)].filter(Boolean).join(" · ")}
              {item.sizeBytes !== null ? ` · ${t("size", formatFileSize(item.sizeBytes, locale))}` : null}
            </p>
          </div>
          <a href={item.downloadHref} className="shrink-0 font-medium" download aria-label={t("downloadLabel", { name: item.name })}>
            {t("download")}
          </a>
        </li>
      ))}
    </ul>
  );
}
