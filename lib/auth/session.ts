import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AREA_OF_ROLE, can } from "../access/can";
import { db } from "../db/client";
import { timed } from "../server/timing/server-timing";
import type { CurrentUser, Role } from "./current-user.types";
import { sessionCookieName } from "./session-cookie";
import { sessionIdFromCookie } from "./session-token";
import { resolveSession } from "./sessions";

/** The signed-in user for this request, or null. Checked against the database once per request. */
export const getCurrentUser = cache(
  (): Promise<CurrentUser | null> =>
    timed("auth", async () => {
      const sid = await sessionIdFromCookie((await cookies()).get(sessionCookieName())?.value);
      return sid ? resolveSession(db(), sid) : null;
    }),
);

/**
 * The one authorisation gate of pages, actions and route handlers: signed out → sign-in page,
 * signed in without the role → 404 (an area a user may not use does not exist for them).
 */
export async function requireUser(role?: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = returnPath(await headers());
    redirect(path ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login");
  }
  if (role && !can(user, AREA_OF_ROLE[role])) notFound();
  return user;
}

/**
 * Where to send the visitor after signing in: the path proxy.ts recorded (no session cookie), or,
 * for a cookie naming an ended session (which skips the proxy), the same-site page they came from.
 */
function returnPath(requestHeaders: Headers): string {
  const recorded = requestHeaders.get("x-portal-path");
  if (recorded) return recorded;
  try {
    const from = new URL(requestHeaders.get("referer") ?? "");
    if (from.host === requestHeaders.get("host") && !from.pathname.startsWith("/login")) return from.pathname + from.search;
  } catch {
    // no or malformed referer
  }
  return "";
}
