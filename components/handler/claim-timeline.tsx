import { getTranslations } from "next-intl/server";
import type { ClaimReview } from "@/lib/claims/review/review";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";

function detail(data: unknown): string | null {
  if (!data || typeof data !== "object") return null;
  const d = data as Record<string, unknown>;
  if (typeof d.reason === "string") return `${typeof d.ruleId === "string" ? `${d.ruleId}: ` : ""}${d.reason}`;
  if (Array.isArray(d.reasons)) return [...new Set((d.reasons as { ruleId?: string }[]).map((r) => r.ruleId).filter(Boolean))].join(", ") || null;
  return null;
}

/** Who did what, when: every event of the claim (decisions carry the handler's name). */
export async function ClaimTimeline({ review, locale }: { review: ClaimReview; locale: Locale }) {
  const t = await getTranslations("handler.timeline");
  return (
    <Card title={t("title")}>
      <ol className="flex flex-col gap-2">
        {review.events.map((event) => {
          const extra = detail(event.data);
          return (
            <li key={event.id} className="flex flex-col sm:flex-row sm:gap-3">
              <span className="shrink-0 text-sm text-muted tabular-nums sm:w-44">{formatDateTime(event.at, locale)}</span>
              <span>
                <span className="font-semibold">{t(`kinds.${event.kind}` as "kinds.RECEIVED")}</span> · {event.actorName ?? t("system")}
                {extra ? <span className="block text-sm">{extra}</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
