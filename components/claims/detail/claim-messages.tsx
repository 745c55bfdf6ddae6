import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { ClaimMessageDto } from "@/lib/claims/messages";
import { Card } from "@/components/ui/card";
import { cx } from "../../cx";
import { MessageForm } from "./message-form";

/** The correspondence on the claim (ACC-4), oldest first, and the form to write to the handler. */
export async function ClaimMessages({ claimId, messages, canWrite, locale }: { claimId: string; messages: ClaimMessageDto[]; canWrite: boolean; locale: Locale }) {
  const t = await getTranslations("claims.messages");
  return (
    <Card title={t("title")}>
      <p className="mb-4 max-w-prose text-muted">{t("lead")}</p>
      {messages.length === 0 ? (
        <p className="mb-4 text-muted">{t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="mb-6 flex flex-col gap-3">
          {messages.map((message) => (
            <li key={message.id} className={cx("max-w-prose rounded-lg border p-3", message.fromHandler ? "border-brand-100 bg-brand-50" : "ms-auto border-brand-100 bg-white")}>
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{message.fromHandler ? t("fromHandler") : message.authorName}</span>
                {" · "}
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
              </p>
              <p className="mt-1 whitespace-pre-line text-ink">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? <MessageForm claimId={claimId} /> : null}
    </Card>
  );
}
