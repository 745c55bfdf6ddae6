import crypto from "node:crypto";

/**
 * The membership card's verification token (ACC-2): the person's id and an HMAC of it under the
 * portal's secret, both base64url — opaque, unguessable, and the same on every printed card, so a
 * card stays checkable; whether it is VALID is decided when it is checked, from the enrolments of
 * that day, never stored in the token. Pure (the secret is passed in), so it is table-tested.
 */

const PURPOSE = "member-card:v1:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: string, personId: string): Buffer {
  return crypto.createHmac("sha256", secret).update(PURPOSE + personId).digest().subarray(0, 16);
}

export function cardToken(secret: string, personId: string): string {
  const id = Buffer.from(personId.replaceAll("-", ""), "hex").toString("base64url");
  return `${id}.${mac(secret, personId).toString("base64url")}`;
}

/** The person the token names, or null for anything not made by cardToken with this secret. */
export function personOfCardToken(secret: string, token: string): string | null {
  const [id, signature, ...rest] = token.split(".");
  if (!id || !signature || rest.length || id.length !== 22 || signature.length !== 22) return null;
  const hex = Buffer.from(id, "base64url").toString("hex");
  const personId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (!UUID.test(personId)) return null;
  // Compared as text: base64url decoding ignores the spare low bits of the last character, so
  // only the one canonical spelling of the token is accepted.
  if (Buffer.from(hex, "hex").toString("base64url") !== id) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(secret, personId).toString("base64url"));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? personId : null;
}

/** What the public page shows of the holder: initials only ("Mette Jensen" → "M. J."). */
export function initialsOf(firstName: string, lastName: string): string {
  return [firstName, lastName]
    .flatMap((part) => part.split(/[\s-]+/))
    .filter(Boolean)
    .map((part) => `${Array.from(part)[0]!.toLocaleUpperCase("da-DK")}.`)
    .join(" ");
}
