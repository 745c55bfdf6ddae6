import { getTranslations } from "next-intl/server";
import type { AccessLogEntry } from "@/lib/access-log/access-log";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

/** The log as a list: when, who (and in which role), what — in words, with the action's code. */
export async function AccessLogList({ entries, locale }: { entries: AccessLogEntry[]; locale: Locale }) {
  const t = await getTranslations("accessLog");
  const area = (entry: AccessLogEntry) => (t.has(`area.${entry.area}`) ? t(`area.${entry.area}`) : t("area.other"));
  return (
    <ol className="flex flex-col divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-6">
          <p className="shrink-0 text-muted sm:w-44">
            <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
          </p>
          <div>
            <p className="text-ink">
              <span className="font-semibold">{entry.name ? t(`who.${entry.who}`, { name: entry.name }) : t(`who.${entry.who}`, { name: "" })}</span>{" "}
              {t(entry.read ? "saw" : "changed", { area: area(entry) })}
            </p>
            <p className="text-sm text-muted">{entry.action}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
