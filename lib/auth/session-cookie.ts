import { parseCookie } from "cookie";
import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";
import { cookiesAreSecure, env } from "../env";

/** The next-auth session cookie: `__Secure-` only where the browser gets it over HTTPS. */
export function sessionCookieName(config = env()): string {
  return cookiesAreSecure(config) ? "__Secure-portal.session" : "portal.session";
}

interface DecodedSession {
  sessionId: string;
  /** Seconds since the epoch, from the token's `exp`. */
  expires: number;
}

/**
 * Reads our session id (`sid`) from the next-auth cookie, as next-auth's `auth()` would. Decrypting
 * the token costs a key derivation per request; a cookie's content never changes, so results are
 * remembered per cookie value (until the token's own expiry). Whether the session is still valid
 * is decided against the database afterwards, for every request (lib/auth/sessions.ts).
 */
export function createSessionCookieReader(options: { cookieName: string; secret: string; localeCookieName: string }) {
  const decoded = new LRUCache<string, DecodedSession | false>({ max: 10_000 });

  return async function read(cookieHeader: string | undefined, now = Date.now()): Promise<{ sessionId: string | null; locale: string | undefined }> {
    if (!cookieHeader) return { sessionId: null, locale: undefined };
    const cookies = parseCookie(cookieHeader);
    const locale = cookies[options.localeCookieName];
    const token = cookies[options.cookieName];
    if (!token) return { sessionId: null, locale };
    let session = decoded.get(token);
    if (session === undefined) {
      const payload = await decode({ token, secret: options.secret, salt: options.cookieName }).catch(() => null);
      session = typeof payload?.sid === "string" && typeof payload.exp === "number" ? { sessionId: payload.sid, expires: payload.exp } : false;
      decoded.set(token, session);
    }
    if (!session || session.expires * 1000 <= now) return { sessionId: null, locale };
    return { sessionId: session.sessionId, locale };
  };
}
