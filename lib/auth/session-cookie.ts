import { cookiesAreSecure, env } from "../env";

/** The next-auth session cookie: `__Secure-` only where the browser gets it over HTTPS. */
export function sessionCookieName(config = env()): string {
  return cookiesAreSecure(config) ? "__Secure-portal.session" : "portal.session";
}
