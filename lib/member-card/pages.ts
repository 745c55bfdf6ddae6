import "server-only";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { requestLocale } from "../server/request-context";
import { loadCards, qrSvg, verifyCard, type MemberCard } from "./cards";

/** /member/card: the cards the member may show, each with its QR code as SVG. */
export async function loadCardPage(): Promise<{ locale: Locale; cards: (MemberCard & { qrSvg: string })[] }> {
  const user = await requireUser("MEMBER");
  const [locale, cards] = await Promise.all([requestLocale(), loadCards(db(), user)]);
  return { locale, cards: await Promise.all(cards.map(async (card) => ({ ...card, qrSvg: await qrSvg(card.verifyUrl) }))) };
}

/** /card/[token]: public; valid or not today, and the initials — nothing else. */
export async function loadCardVerificationPage(params: Promise<{ token: string }>): Promise<{ result: { valid: boolean; initials: string } | null }> {
  const { token } = await params;
  return { result: await verifyCard(db(), token.slice(0, 100)) };
}
