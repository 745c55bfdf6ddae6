import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TimelineEntry } from "@/lib/claims/timeline";
import { Card } from "@/components/ui/card";
import { cx } from "../../cx";

/** The dated milestones as an ordered list; done and expected steps differ in words, not only in colour. */
export async function ClaimTimeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  const t = await getTranslations("claims.timeline");
  const tr = await getTranslations("claims.request");
  if (entries.length === 0) return null;
  return (
    <Card title={t("title")}>
      <ol className="relative ms-2 border-s-2 border-brand-100">
        {entries.map((entry, index) => {
          const done = entry.state === "done";
          return (
            <li key={`${entry.key}-${index}`} className="relative mb-5 ps-6 last:mb-0">
              <span
                aria-hidden="true"
                className={cx("absolute -start-[9px] top-1.5 size-4 rounded-full border-2", done ? "border-brand-700 bg-brand-700" : "border-field bg-white")}
              />
              <p className="font-semibold text-ink">
                <span className="sr-only">{done ? t("done") : t("expected")}: </span>
                {t(`entries.${entry.key}`)}
              </p>
              <p className="text-sm text-muted">
                {done && entry.at ? (
                  <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                ) : entry.at ? (
                  <time dateTime={entry.at}>{t("expectedBy", { date: formatDate(entry.at, locale) })}</time>
                ) : (
                  t("notYet")
                )}
              </p>
              {entry.automatic ? <p className="text-sm text-muted">{t("automatic")}</p> : null}
              {entry.reason || entry.ruleId ? (
                <p className="mt-1 text-sm text-ink">
                  {entry.reason}
                  {entry.ruleId ? <span className="ms-1 text-muted">({tr("rule", { ruleId: entry.ruleId })})</span> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
