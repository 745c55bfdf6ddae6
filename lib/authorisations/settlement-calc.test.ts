import { describe, expect, it } from "vitest";
import { settleInvoice, type GuaranteeBalance } from "./settlement-calc";

const gop: GuaranteeBalance = { approvedMinor: 3_850_000, settledMinor: 0, deductibleMinor: 150_000, deductibleTakenMinor: 0, coveragePercent: 100, currency: "DKK" };

describe("settleInvoice (GOP-3, exact øre)", () => {
  it.each([
    // name, balance, invoice, covered, deductible, uncovered, member share, above
    ["within the guarantee: the member pays the deductible only", gop, 4_000_000, 3_850_000, 150_000, 0, 150_000, 0],
    ["an invoice below the estimate", gop, 1_000_001, 850_001, 150_000, 0, 150_000, 0],
    ["the deductible already taken by an earlier invoice", { ...gop, settledMinor: 850_000, deductibleTakenMinor: 150_000 }, 3_000_000, 3_000_000, 0, 0, 0, 0],
    ["80 % cover: the uncovered part is the member's", { ...gop, coveragePercent: 80, deductibleMinor: 0 }, 1_234_567, 987_654, 0, 246_913, 246_913, 0],
    ["above the guarantee: the rest becomes a top-up", gop, 4_500_000, 3_850_000, 150_000, 0, 150_000, 500_000],
    ["a used-up guarantee: all of it is a top-up", { ...gop, settledMinor: 3_850_000, deductibleTakenMinor: 150_000 }, 100_000, 0, 0, 0, 0, 100_000],
  ])("%s", (_name, balance, invoice, covered, deductible, uncovered, memberShare, above) => {
    const result = settleInvoice(balance, invoice);
    expect(result).toMatchObject({ coveredMinor: covered, deductibleMinor: deductible, uncoveredMinor: uncovered, memberShareMinor: memberShare, aboveGuaranteeMinor: above });
    // Every øre is accounted for.
    expect(result.coveredMinor + result.memberShareMinor + result.aboveGuaranteeMinor).toBe(invoice);
    expect(result.lines.map((l) => l.ruleId)).toContain("GOP-3");
  });
});
