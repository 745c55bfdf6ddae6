import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { PolicyEventView } from "@/lib/family/history";
import { Card } from "../ui/card";

/** Every change of the family, dated, with who made it (newest first). */
export async function FamilyHistory({ events, locale }: { events: PolicyEventView[]; locale: Locale }) {
  const t = await getTranslations("family.history");
  return (
    <Card title={t("title")}>
      {events.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="flex list-none flex-col gap-3 p-0">
          {events.map((e) => (
            <li key={e.id} className="border-l-4 border-brand-100 pl-3">
              <p className="font-medium">{t(`kinds.${e.kind}`, { person: e.personName ?? "" })}</p>
              <p className="text-sm text-muted">
                <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
                {e.actorName ? ` · ${t("by", { name: e.actorName })}` : ""} · {t("effective", { date: formatDate(e.effectiveOn, locale) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
