import { getTranslations } from "next-intl/server";
import { withdrawGrantAction } from "@/lib/family/actions/grants";
import type { GrantView } from "@/lib/family/consents";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { SubmitButton } from "../forms";
import { Card } from "../ui/card";
import { RenewGrantForm } from "./renew-grant-form";

// Message keys cannot contain dots (next-intl nests on them): "claims.list" → "claims_list".
const KNOWN_USES = new Set(["claims_list", "claim_read", "claim_message", "claim_information_provided", "claim_draft_save", "document_read", "document_upload"]);
const messageKeyOf = (action: string) => (KNOWN_USES.has(action.replaceAll(".", "_")) ? action.replaceAll(".", "_") : "other");

/** Grants given (withdraw with one click, renew, and every use shown) or received. */
export async function GrantList({ grants, mine, locale }: { grants: GrantView[]; mine: boolean; locale: Locale }) {
  const t = await getTranslations("family.consents");
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "—");
  return (
    <Card title={mine ? t("given") : t("received")}>
      {grants.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="flex list-none flex-col gap-5 p-0">
          {grants.map((g) => (
            <li key={g.id} className="border-l-4 border-brand-100 pl-3">
              <p className="font-semibold">
                {mine ? t("to", { name: g.otherName }) : t("from", { name: g.otherName })}: {t(`kinds.${g.kind}`)}
              </p>
              <p>{t(`scopes.${g.scope}`)}</p>
              <p className="text-sm text-muted">
                {t("period", { from: date(g.validFrom), to: date(g.validTo) })} · <strong>{t(`states.${g.state}`)}</strong>
              </p>
              {mine && (g.state === "active" || g.state === "scheduled") ? (
                <form action={withdrawGrantAction} className="mt-2">
                  <input type="hidden" name="consentId" value={g.id} />
                  <SubmitButton variant="secondary" aria-label={`${t("withdraw")}: ${t("to", { name: g.otherName })}, ${t(`kinds.${g.kind}`)}`}>
                    {t("withdraw")}
                  </SubmitButton>
                </form>
              ) : null}
              {mine && g.state !== "withdrawn" ? (
                <div className="mt-2">
                  <RenewGrantForm consentId={g.id} />
                </div>
              ) : null}
              {mine ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{t("uses", { name: g.otherName })}</summary>
                  {g.uses.length === 0 ? (
                    <p className="text-muted">{t("noUses")}</p>
                  ) : (
                    <ul className="list-disc pl-5">
                      {g.uses.map((u) => (
                        <li key={`${u.at}-${u.action}`}>
                          <time dateTime={u.at}>{formatDateTime(u.at, locale)}</time>: {t(`useActions.${messageKeyOf(u.action)}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
