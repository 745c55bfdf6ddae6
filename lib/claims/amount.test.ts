import { describe, expect, it } from "vitest";
import { amountText, parseAmount } from "./amount";

describe("parseAmount", () => {
  it.each([
    ["450", "da", 45_000],
    ["450,50", "da", 45_050],
    ["1.234,50", "da", 123_450],
    ["1.234", "da", 123_400],
    ["1 234,5", "da", 123_450],
    ["450.50", "da", 45_050], // a lone dot that cannot be grouping is the decimal mark
    ["kr. 450,00", "da", 45_000],
    ["450", "en", 45_000],
    ["450.50", "en", 45_050],
    ["1,234.50", "en", 123_450],
    ["1,234", "en", 123_400],
    ["450,50", "en", 45_050],
    [",50", "da", 50],
    ["10.000.000", "da", 1_000_000_000],
  ] as const)("%s (%s) → %d øre", (text, locale, minor) => {
    expect(parseAmount(text, locale)).toEqual({ ok: true, minor });
  });

  it.each([
    ["", "da", "claimForm.errors.amountRequired"],
    ["abc", "da", "claimForm.errors.amountInvalid"],
    ["0", "da", "claimForm.errors.amountNotPositive"],
    ["0,00", "da", "claimForm.errors.amountNotPositive"],
    ["-450", "da", "claimForm.errors.amountNotPositive"],
    ["1,234", "da", "claimForm.errors.amountTooManyDecimals"],
    ["1.234", "en", "claimForm.errors.amountTooManyDecimals"],
    ["450,505", "da", "claimForm.errors.amountTooManyDecimals"],
    ["10.000.000,01", "da", "claimForm.errors.amountTooLarge"],
    ["99999999999", "en", "claimForm.errors.amountTooLarge"],
    ["12.345.678,9", "da", "claimForm.errors.amountTooLarge"],
    ["1.23.4", "da", "claimForm.errors.amountInvalid"],
    ["4,5,0", "da", "claimForm.errors.amountInvalid"],
    ["1e3", "en", "claimForm.errors.amountInvalid"],
  ] as const)("%s (%s) is refused with %s", (text, locale, messageKey) => {
    expect(parseAmount(text, locale)).toEqual({ ok: false, messageKey });
  });

  it("round-trips through amountText", () => {
    for (const minor of [1, 50, 45_000, 45_050, 123_456]) {
      expect(parseAmount(amountText(minor, "da"), "da")).toEqual({ ok: true, minor });
      expect(parseAmount(amountText(minor, "en"), "en")).toEqual({ ok: true, minor });
    }
  });
});
