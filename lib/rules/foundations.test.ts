import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, addMonths, ageOn, endOfMonth, isoDateSchema, isRealIsoDate, policyYearContaining, toDay, toIso } from "./dates";
import { formatZodIssues, safeParseWithIssues } from "./issues";
import { formatMoney, formatPercent, moneySchema } from "./money";
import { RULE_IDS } from "./ruleIds";

describe("money", () => {
  it.each([
    [123450, "da", "1.234,50\u00a0kr."],
    [123450, "en", "DKK\u00a01,234.50"],
    [5, "da", "0,05\u00a0kr."],
    [120000000, "en", "DKK\u00a01,200,000.00"],
    [-123450, "da", "-1.234,50\u00a0kr."],
  ] as const)("formatMoney(%d, DKK, %s) = %s", (amount, locale, expected) => {
    expect(formatMoney(amount, "DKK", locale)).toBe(expected);
  });
  it("matches Intl.NumberFormat for any amount and currency", () => {
    const da = new Intl.NumberFormat("da-DK", { style: "currency", currency: "EUR" });
    const en = new Intl.NumberFormat("en-GB", { style: "currency", currency: "DKK", currencyDisplay: "code" });
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
      expect(formatMoney(minor, "EUR", "da")).toBe(da.format(minor / 100));
      expect(formatMoney(minor, "DKK", "en")).toBe(en.format(minor / 100));
    }));
  });
  it("formatPercent", () => {
    expect(formatPercent(20, "da")).toBe("20\u00a0%");
    expect(formatPercent(12.5, "da")).toBe("12,5\u00a0%");
    expect(formatPercent(12.5, "en")).toBe("12.5%");
  });
  it("moneySchema refuses fractions and negatives", () => {
    expect(moneySchema.safeParse(100).success).toBe(true);
    expect(moneySchema.safeParse(1.5).success).toBe(false);
    expect(moneySchema.safeParse(-1).success).toBe(false);
  });
});

describe("dates", () => {
  it.each(["2024-02-29", "2025-12-31", "2000-02-29"])("%s is a real date", (d) => expect(isRealIsoDate(d)).toBe(true));
  it.each(["2025-02-29", "2025-13-01", "2025-04-31", "25-01-01", "2025-1-1", "1900-02-29"])("%s is refused", (d) => {
    expect(isoDateSchema.safeParse(d).success).toBe(false);
  });
  it("round-trips day numbers", () => {
    fc.assert(fc.property(fc.integer({ min: toDay("1900-01-01"), max: toDay("2999-12-31") }), (day) => {
      expect(toDay(toIso(day))).toBe(day);
    }));
    expect(toDay("1970-01-01")).toBe(0);
  });
  it("month arithmetic clamps to the month end", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(ageOn("2009-03-01", "2025-02-28")).toBe(15);
    expect(ageOn("2009-03-01", "2025-03-01")).toBe(16);
  });
  it("policy years run from the start date or the calendar", () => {
    const year = policyYearContaining("2023-04-15", "policy_anniversary", toDay("2025-03-01"));
    expect([toIso(year.from), toIso(year.to)]).toEqual(["2024-04-15", "2025-04-14"]);
    const cal = policyYearContaining("2023-04-15", "calendar_year", toDay("2025-03-01"));
    expect([toIso(cal.from), toIso(cal.to)]).toEqual(["2025-01-01", "2025-12-31"]);
  });
});

describe("issues", () => {
  it("lists every offending path with a readable message", () => {
    const schema = z.object({ a: z.number(), b: z.array(z.object({ c: isoDateSchema })), u: z.union([z.string(), z.object({ x: z.number() })]) });
    const result = safeParseWithIssues(schema, { a: "x", b: [{ c: "2025-02-30" }], u: { x: "no" } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(["a", "b.0.c", "u.x"]);
      expect(result.issues[1]?.message).toContain("real calendar date");
    }
    expect(safeParseWithIssues(schema, { a: 1, b: [], u: "s" })).toEqual({ ok: true, value: { a: 1, b: [], u: "s" } });
    expect(formatZodIssues([])).toEqual([]);
  });
  it("has unique rule ids", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
