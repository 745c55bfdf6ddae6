import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Client components get only the namespaces their area uses (plus `common`), not every text of
 * the portal: the messages are serialised into every page's payload, so this is page weight and
 * server time on each request. A nested provider replaces the outer one's messages.
 */
/** What the claim form (new claim, resumed draft) and its uploader show in the browser. */
export const CLAIM_FORM_MESSAGES = ["claims", "claimForm", "documents"] as const;

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries(["common", ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
