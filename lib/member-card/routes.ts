import "server-only";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { requestLocale } from "../server/request-context";
import { renderCardPdf } from "./card-pdf";
import { loadCards } from "./cards";

const params = z.object({ personId: z.uuid() });

/**
 * `GET /api/member/card/[personId]` — the card PDF of a person the member may show (themself,
 * their children); anyone else, signed out included, gets 404.
 */
export async function cardPdfResponse(_request: Request, routeParams: Promise<{ personId: string }>): Promise<Response> {
  const user = await getCurrentUser();
  const parsed = params.safeParse(await routeParams);
  if (!user || !user.roles.includes("MEMBER") || !parsed.success) notFound();
  const card = (await loadCards(db(), user)).find((c) => c.personId === parsed.data.personId);
  if (!card) notFound();
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "card" });
  const pdf = await renderCardPdf(card, locale, (key, values) => t(key as never, values as never));
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="membership-card-${card.memberNumber}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
