import { getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/claims/review/queue";

/** Why the claim waits for a person: outcome, rule ids and line numbers (or the engine not done yet). */
export async function QueueReasons({ item }: { item: QueueItem }) {
  const t = await getTranslations("handler");
  if (item.status === "SUBMITTED" && item.reasons.length === 0) return <span className="text-muted">{t("queue.awaitingEngine")}</span>;
  if (item.reasons.length === 0) return <span>{t("queue.noReason")}</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {item.reasons.map((reason) => (
        <li key={reason.outcome}>
          {t.has(`outcomes.${reason.outcome}` as "outcomes.approved") ? t(`outcomes.${reason.outcome}` as "outcomes.approved") : reason.outcome}
          {reason.ruleIds.length ? <span className="ms-1 font-mono text-sm">{reason.ruleIds.join(", ")}</span> : null}
          {reason.lineNos.length ? <span className="ms-1 text-sm text-muted">({t("queue.lineList", { lines: reason.lineNos.join(", ") })})</span> : null}
        </li>
      ))}
    </ul>
  );
}
