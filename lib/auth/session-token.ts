import "server-only";
import { decode } from "next-auth/jwt";
import { LRUCache } from "lru-cache";
import { env } from "../env";
import { sessionCookieName } from "./session-cookie";

/**
 * The session id (`sid`) inside next-auth's session cookie, decoded with next-auth's own `decode`.
 * next-auth's `auth()` runs its whole request pipeline per call (build a Request, derive the key,
 * decrypt, run the callbacks, re-encrypt a refreshed cookie that a render cannot even set): about
 * 2–5 ms of CPU per page. Decoding is a pure function of the cookie value, so each value is decoded
 * once and remembered until its own expiry. Only the session id is kept; whether that session is
 * still valid is decided against the database on every request (lib/auth/sessions.ts).
 */
const decoded = new LRUCache<string, { sid: string }>({ max: 20_000 });

export async function sessionIdFromCookie(value: string | undefined): Promise<string | null> {
  if (!value) return null;
  const known = decoded.get(value);
  if (known) return known.sid;
  const config = env();
  const secret = config.AUTH_SECRET;
  if (!secret) return null;
  const token = await decode({ token: value, secret, salt: sessionCookieName(config) }).catch(() => null);
  const sid = typeof token?.sid === "string" ? token.sid : null;
  const expiresAtMs = typeof token?.exp === "number" ? token.exp * 1000 : 0;
  if (!sid || expiresAtMs <= Date.now()) return null;
  decoded.set(value, { sid }, { ttl: expiresAtMs - Date.now() });
  return sid;
}
