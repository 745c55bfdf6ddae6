import "server-only";
import { cookies } from "next/headers";
import type { Db } from "../db/client";
import { isLocale, LOCALE_COOKIE, toLocale, type Locale } from "./config";

/**
 * Each user's language lives in User.locale, so mails sent later (by a handler's decision, a
 * background job) go out in the language the member reads the portal in (issue 14 point 1).
 * The NEXT_LOCALE cookie is what the browser shows; these functions keep the two together.
 */

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR_SECONDS, sameSite: "lax", path: "/" });
}

/** The language switch of a signed-in user: stored on their account as well as in the cookie. */
export async function storeUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/**
 * After a successful sign-in: a language chosen in this browser (the cookie) becomes the account's;
 * a browser without a choice takes the account's language, so the portal and its mails agree.
 */
export async function adoptLocaleAtSignIn(db: Db, email: string): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) {
    await db.user.updateMany({ where: { email: email.trim().toLowerCase() }, data: { locale: chosen } });
    return chosen;
  }
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  const locale = toLocale(user?.locale);
  await setLocaleCookie(locale);
  return locale;
}
