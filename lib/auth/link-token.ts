import crypto from "node:crypto";

/**
 * A one-time token for a link sent by e-mail (password reset, admin invitation): 32 random bytes,
 * URL-safe. Only its sha256 is stored, so a copy of the database opens no link; a high-entropy
 * token needs no slow hash.
 */
export function newLinkToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function linkTokenHash(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
