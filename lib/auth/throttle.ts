import "server-only";
import type { Db } from "../db/client";
import { env } from "../env";

export type ThrottleVerdict = "allowed" | "throttled";

/** Failures against one account from all addresses together that refuse it, and over how long. */
export const ACCOUNT_FAILURES_PER_HOUR = 50;
const ACCOUNT_WINDOW_MINUTES = 60;

/**
 * Failed attempts are counted per key and per IP over a sliding window, in PostgreSQL so every
 * app instance sees the same count. Used for activation codes, where the key is a member number:
 * 5 failures on a key refuse it from everywhere.
 */
export async function checkThrottle(db: Db, key: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const config = env();
  const since = new Date(now.getTime() - config.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000);
  const [perAccount, perIp] = await Promise.all([
    db.loginAttempt.count({ where: { email: key, succeeded: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return perAccount >= config.LOGIN_MAX_FAILURES_PER_ACCOUNT || perIp >= config.LOGIN_MAX_FAILURES_PER_IP ? "throttled" : "allowed";
}

/**
 * Sign-in: a stranger's failures must not lock the owner out. Refused when, within the window,
 * this account has LOGIN_MAX_FAILURES_PER_ACCOUNT failures *from this IP*, or this IP has
 * LOGIN_MAX_FAILURES_PER_IP failures across accounts; or when the account has
 * ACCOUNT_FAILURES_PER_HOUR failures from all addresses in the last hour (a distributed guess).
 * Password reset is never throttled by these counts, so the owner always has a way in.
 */
export async function checkSignInThrottle(db: Db, key: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const config = env();
  const since = new Date(now.getTime() - config.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000);
  const accountSince = new Date(now.getTime() - ACCOUNT_WINDOW_MINUTES * 60_000);
  const [perPair, perIp, perAccount] = await Promise.all([
    db.loginAttempt.count({ where: { email: key, ip, succeeded: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { email: key, succeeded: false, createdAt: { gte: accountSince } } }),
  ]);
  const throttled =
    perPair >= config.LOGIN_MAX_FAILURES_PER_ACCOUNT || perIp >= config.LOGIN_MAX_FAILURES_PER_IP || perAccount >= ACCOUNT_FAILURES_PER_HOUR;
  return throttled ? "throttled" : "allowed";
}

/**
 * A success clears the key's failures so the owner is not locked out by their own typos:
 * all of them (`"key"`, activation), or only those from this IP (`"pair"`, sign-in), so the
 * owner signing in does not wipe the count of a stranger guessing from elsewhere.
 */
export async function recordAttempt(db: Db, key: string, ip: string, succeeded: boolean, clear: "key" | "pair" = "key"): Promise<void> {
  await db.loginAttempt.create({ data: { email: key, ip, succeeded } });
  if (succeeded) await db.loginAttempt.deleteMany({ where: { email: key, succeeded: false, ...(clear === "pair" ? { ip } : {}) } });
}
