import "server-only";
import type { Db } from "../db/client";
import { env } from "../env";

export type ThrottleVerdict = "allowed" | "throttled";

/**
 * Failed sign-ins are counted per account key and per IP over a sliding window, in PostgreSQL so
 * every app instance sees the same count.
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

export async function recordAttempt(db: Db, key: string, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email: key, ip, succeeded } });
  // A success clears that account's failures so the owner is not locked out by their own typos.
  if (succeeded) await db.loginAttempt.deleteMany({ where: { email: key, succeeded: false } });
}
