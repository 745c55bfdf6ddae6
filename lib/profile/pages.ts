import "server-only";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { requestLocale } from "../server/request-context";
import { loadProfile, type ProfileView } from "./refund-account";

/** /member/profile: the member's own contact details and refund account. */
export async function loadProfilePage(): Promise<{ locale: Locale; profile: ProfileView | null }> {
  const user = await requireUser("MEMBER");
  const [locale, profile] = await Promise.all([requestLocale(), loadProfile(db(), user)]);
  return { locale, profile };
}
