import "server-only";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { requestIp, requestLocale } from "../server/request-context";
import { loadBenefits, type PolicyBenefits } from "./benefits";
import { loadMemberHome, type MemberHome } from "./home";

/** The member home (/member), loaded for the signed-in member. */
export interface MemberHomePage extends MemberHome {
  locale: Locale;
}

export async function loadMemberHomePage(): Promise<MemberHomePage> {
  const user = await requireUser("MEMBER");
  const [locale, ip] = await Promise.all([requestLocale(), requestIp()]);
  return { locale, ...(await loadMemberHome(db(), user, { ip })) };
}

/** The home's heading: only the session (already loaded for the request), so it streams at once. */
export async function loadMemberHomeHeading(): Promise<{ displayName: string }> {
  const user = await requireUser("MEMBER");
  return { displayName: user.displayName };
}

/** The benefits page (/member/cover). */
export async function loadBenefitsPage(): Promise<{ locale: Locale; policies: PolicyBenefits[] }> {
  const user = await requireUser("MEMBER");
  const [locale, policies] = await Promise.all([requestLocale(), loadBenefits(db(), user)]);
  return { locale, policies };
}
