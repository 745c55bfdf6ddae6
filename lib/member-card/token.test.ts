import { describe, expect, it } from "vitest";
import { cardToken, initialsOf, personOfCardToken } from "./token";

const SECRET = "a".repeat(48);
const PERSON = "01a237f0-355d-70df-af85-cb7c7f44cf7b";

describe("card token", () => {
  it("round-trips the person and is short enough for a small QR code", () => {
    const token = cardToken(SECRET, PERSON);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(personOfCardToken(SECRET, token)).toBe(PERSON);
  });

  it.each([
    ["another secret", (t: string) => t, "b".repeat(48)],
    ["a changed person part", (t: string) => `B${t.slice(1)}`, SECRET],
    ["a changed signature", (t: string) => `${t.slice(0, -1)}${t.endsWith("A") ? "B" : "A"}`, SECRET],
    ["a non-canonical last character (same bytes)", (t: string) => `${t.slice(0, -1)}${String.fromCharCode(t.charCodeAt(t.length - 1) ^ 1)}`, SECRET],
    ["no signature", (t: string) => t.split(".")[0]!, SECRET],
    ["an extra part", (t: string) => `${t}.x`, SECRET],
    ["garbage", () => "not-a-token", SECRET],
    ["empty", () => "", SECRET],
  ])("refuses %s", (_name, change, secret) => {
    expect(personOfCardToken(secret, change(cardToken(SECRET, PERSON)))).toBeNull();
  });
});

describe("initialsOf", () => {
  it.each([
    ["Mette", "Jensen", "M. J."],
    ["Anne-Marie", "Østergaard", "A. M. Ø."],
    ["Lars Peter", "Møller Hansen", "L. P. M. H."],
    ["æble", "ågård", "Æ. Å."],
  ])("%s %s → %s", (first, last, expected) => {
    expect(initialsOf(first, last)).toBe(expected);
  });
});
