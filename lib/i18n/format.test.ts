import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatFileSize, formatMoney } from "./format";

const NBSP = "\u00a0";

describe("formatMoney", () => {
  it.each([
    [123450, "DKK", "da", `1.234,50${NBSP}kr.`],
    [123450, "DKK", "en", `DKK${NBSP}1,234.50`],
    [0, "DKK", "da", `0,00${NBSP}kr.`],
    [0, "DKK", "en", `DKK${NBSP}0.00`],
    [5, "DKK", "da", `0,05${NBSP}kr.`],
    [-99, "DKK", "da", `-0,99${NBSP}kr.`],
    [100000000, "DKK", "da", `1.000.000,00${NBSP}kr.`],
    [100000000, "DKK", "en", `DKK${NBSP}1,000,000.00`],
    [123456789012, "DKK", "da", `1.234.567.890,12${NBSP}kr.`],
    [1001, "dkk", "en", `DKK${NBSP}10.01`],
    [1050, "EUR", "da", `10,50${NBSP}€`],
    [1050, "EUR", "en", "€10.50"],
    [1050, "JPY", "en", "JP¥1,050"],
    [0, "JPY", "da", `0${NBSP}JP¥`],
    [123456, "KWD", "en", `KWD${NBSP}123.456`],
    [5, "KWD", "da", `0,005${NBSP}KWD`],
    [-1050, "EUR", "en", "-€10.50"],
  ] as const)("formatMoney(%s, %s, %s) = %s", (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects non-integer minor units %s", (minor) => {
    expect(() => formatMoney(minor, "DKK", "da")).toThrow(RangeError);
  });

  it("rejects unknown currency codes", () => {
    expect(() => formatMoney(100, "NOPE", "da")).toThrow(RangeError);
  });
});

describe("formatFileSize", () => {
  it.each([
    [1536 * 1024, "da", { size: "1,5", unit: "MB" }],
    [1536 * 1024, "en", { size: "1.5", unit: "MB" }],
    [1024 * 1024, "en", { size: "1", unit: "MB" }],
    [2048, "da", { size: "2", unit: "kB" }],
    [1, "en", { size: "0.1", unit: "kB" }],
    [300 * 1024 * 1024 + 123, "da", { size: "300", unit: "MB" }],
  ] as const)("formatFileSize(%s, %s)", (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toEqual(expected);
  });
});

describe("formatDate", () => {
  it.each([
    ["2025-11-21", "da", "long", "21. november 2025"],
    ["2025-11-21", "en", "long", "21 November 2025"],
    ["2025-11-21", "da", "short", "21.11.2025"],
    ["2025-11-21", "en", "short", "21/11/2025"],
    // Year boundaries and DST change days must not shift by a day.
    ["2025-01-01", "da", "long", "1. januar 2025"],
    ["2024-12-31", "en", "long", "31 December 2024"],
    ["2025-03-30", "da", "long", "30. marts 2025"],
    ["2025-10-26", "en", "long", "26 October 2025"],
    ["2024-02-29", "da", "short", "29.02.2024"],
    // Timestamps are shown as their Copenhagen calendar day.
    ["2025-03-30T22:30:00Z", "da", "long", "31. marts 2025"],
    ["2025-12-31T23:30:00Z", "en", "long", "1 January 2026"],
    ["2025-06-15T21:59:00Z", "en", "short", "15/06/2025"],
    ["2025-06-15T22:00:00Z", "en", "short", "16/06/2025"],
  ] as const)("formatDate(%s, %s, %s) = %s", (iso, locale, style, expected) => {
    expect(formatDate(iso, locale, style)).toBe(expected);
  });

  it("defaults to the long style", () => {
    expect(formatDate("2025-05-01", "da")).toBe("1. maj 2025");
  });

  it.each([["2025-02-30"], ["2025-13-01"], ["21-11-2025"], ["not a date"], [""], ["2025-11-21T99:00:00Z"]])(
    "rejects %j",
    (input) => {
      expect(() => formatDate(input, "da")).toThrow(RangeError);
    },
  );

  it("does not depend on the process time zone", () => {
    const original = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles", "UTC"]) {
        process.env.TZ = tz;
        expect(formatDate("2025-03-30", "en")).toBe("30 March 2025");
      }
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("formatDateTime", () => {
  it.each([
    // Winter time (UTC+1)
    ["2025-11-21T13:05:00Z", "da", "21. nov. 2025, 14.05"],
    ["2025-11-21T13:05:00Z", "en", "21 Nov 2025, 14:05"],
    // Summer time (UTC+2)
    ["2025-07-01T06:00:00Z", "da", "1. jul. 2025, 08.00"],
    ["2025-07-01T06:00:00Z", "en", "1 Jul 2025, 08:00"],
    // Midnight in Copenhagen is 00, not 24
    ["2025-12-31T23:00:00Z", "en", "1 Jan 2026, 00:00"],
  ] as const)("formatDateTime(%s, %s) = %s", (iso, locale, expected) => {
    expect(formatDateTime(iso, locale)).toBe(expected);
    expect(formatDateTime(new Date(iso), locale)).toBe(expected);
  });

  it("rejects invalid dates", () => {
    expect(() => formatDateTime("nope", "en")).toThrow(RangeError);
    expect(() => formatDateTime(new Date(Number.NaN), "da")).toThrow(RangeError);
  });
});
