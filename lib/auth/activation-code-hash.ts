import "server-only";
import crypto from "node:crypto";
import { env } from "../env";
import { verifySecret } from "./password";

/**
 * Activation codes (ACC-1) issued in bulk — a CSV import's joiners, thousands in one transaction —
 * cannot each take an argon2id hash (≈ 8 ms of CPU apiece here: 10,000 would take 80 s). They are
 * stored as an HMAC-SHA256 keyed with the server's AUTH_SECRET, which is not in the database: a
 * copy of the database alone gives no way to try the 8-character codes offline, and online tries
 * are throttled like every activation. Codes from the forms keep their argon2id hash; verifying
 * tells the two apart by the prefix.
 */
const PREFIX = "hmac-sha256$";

function secret(): string {
  const value = env().AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is needed to issue activation codes in bulk");
  return value;
}

const mac = (key: string, personId: string, code: string) => crypto.createHmac("sha256", key).update(`${personId}:${code}`).digest();

/** The stored hash of a bulk-issued code, bound to the person it is for. */
export function keyedActivationCodeHash(personId: string, code: string): string {
  return PREFIX + mac(secret(), personId, code).toString("hex");
}

export async function verifyActivationCode(stored: string, personId: string, code: string): Promise<boolean> {
  if (!stored.startsWith(PREFIX)) return verifySecret(stored, code);
  const key = env().AUTH_SECRET;
  if (!key) return false;
  const expected = Buffer.from(stored.slice(PREFIX.length), "hex");
  const actual = mac(key, personId, code);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
