import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, toLocale } from "./config";

describe("toLocale", () => {
  it.each([
    ["da", "da"],
    ["en", "en"],
    ["EN", DEFAULT_LOCALE],
    ["de", DEFAULT_LOCALE],
    ["", DEFAULT_LOCALE],
    [null, DEFAULT_LOCALE],
    [undefined, DEFAULT_LOCALE],
    [42, DEFAULT_LOCALE],
  ])("toLocale(%j) = %s", (value, expected) => {
    expect(toLocale(value)).toBe(expected);
  });
});
