import { getTranslations } from "next-intl/server";
import type { ClaimMessageDto } from "@/lib/claims/messages";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { HandlerMessageForm } from "./message-form";

/** ACC-4: the correspondence on the claim, and a form to write to the member. */
export async function ClaimMessages({ claimId, messages, locale }: { claimId: string; messages: ClaimMessageDto[]; locale: Locale }) {
  const t = await getTranslations("handler.messages");
  return (
    <Card title={t("title")}>
      {messages.length === 0 ? <p className="mb-4 text-muted">{t("none")}</p> : null}
      <ol className="mb-5 flex flex-col gap-3">
        {messages.map((message) => (
          <li key={message.id} className={message.fromHandler ? "rounded-md bg-brand-50 p-3" : "rounded-md border border-brand-100 p-3"}>
            <p className="text-sm text-muted">
              {message.fromHandler ? t("fromHandler", { name: message.authorName }) : t("fromMember", { name: message.authorName })} · {formatDateTime(message.createdAt, locale)}
            </p>
            <p className="mt-1 whitespace-pre-line">{message.body}</p>
          </li>
        ))}
      </ol>
      <HandlerMessageForm claimId={claimId} />
    </Card>
  );
}
