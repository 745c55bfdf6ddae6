import { describe, expect, it } from "vitest";
import type { CalculationStep } from "../rules";
import { buildSettlementContent, buildSettlementLine, maskAccount, paymentDateFor, type DecidedLineInput } from "./settlement-content";

const step = (kind: CalculationStep["kind"], ruleId: CalculationStep["ruleId"], amountMinor: number, changeMinor = 0): CalculationStep => ({
  kind,
  ruleId,
  amountMinor,
  changeMinor,
  da: `${kind} da`,
  en: `${kind} en`,
});

const label = { da: "Lægekonsultation", en: "GP consultation" };

function line(overrides: Partial<DecidedLineInput> = {}): DecidedLineInput {
  return {
    lineNo: 1,
    treatmentDate: "2026-11-10",
    category: "gp_consultation",
    categoryLabel: label,
    providerName: "Lægehuset",
    amountMinor: 80_000,
    outcome: "PARTLY_APPROVED",
    eligibleMinor: 80_000,
    payableMinor: 12_500,
    memberShareMinor: 67_500,
    steps: {
      steps: [
        step("claimed", "BEN-7", 80_000),
        step("coverage", "BEN-1", 16_000, -64_000),
        step("cap", "BEN-1", 12_500, -3_500),
        step("payable", "BEN-7", 12_500),
        step("member_share", "BEN-7", 67_500),
      ],
      reasons: [],
      adjustment: null,
    },
    ...overrides,
  };
}

describe("buildSettlementLine", () => {
  it.each([
    { name: "a line paying 0 kr. is rejected, even if stored as partly approved (issue 14 point 7)", outcome: "PARTLY_APPROVED" as const, payableMinor: 0, expected: "REJECTED" },
    { name: "a line paying something keeps its outcome", outcome: "PARTLY_APPROVED" as const, payableMinor: 12_500, expected: "PARTLY_APPROVED" },
  ])("$name", ({ outcome, payableMinor, expected }) => {
    expect(buildSettlementLine(line({ outcome, payableMinor, memberShareMinor: 80_000 - payableMinor }), "DKK").outcome).toBe(expected);
  });

  it.each([
    { name: "engine decision", input: line(), paid: 12_500, share: 67_500, coverage: 16_000, caps: -3_500, reductions: 0 },
    {
      name: "handler adjustment",
      input: line({
        payableMinor: 10_000,
        memberShareMinor: 70_000,
        steps: { ...line().steps!, adjustment: { kind: "adjusted", proposedPayableMinor: 12_500, payableMinor: 10_000, ruleId: "BEN-6", reason: "Over the usual price", byUserId: "u", at: "2026-11-20T10:00:00Z" } },
      }),
      paid: 10_000,
      share: 70_000,
      coverage: 16_000,
      caps: -3_500,
      reductions: -2_500,
    },
    {
      name: "handler rejection",
      input: line({
        outcome: "REJECTED",
        payableMinor: 0,
        memberShareMinor: 80_000,
        steps: { ...line().steps!, adjustment: { kind: "rejected", proposedPayableMinor: 12_500, payableMinor: 0, ruleId: "ELG-7", reason: "Excluded", byUserId: "u", at: "2026-11-20T10:00:00Z" } },
      }),
      paid: 0,
      share: 80_000,
      coverage: 16_000,
      caps: -3_500,
      reductions: -12_500,
    },
  ])("$name", ({ input, paid, share, coverage, caps, reductions }) => {
    const result = buildSettlementLine(input, "DKK");
    expect(result).toMatchObject({ claimedMinor: 80_000, paidMinor: paid, memberShareMinor: share, coverageMinor: coverage, capsMinor: caps, reductionsMinor: reductions });
    expect(result.category.label).toEqual(label);
    // The steps always end with what is paid and the member's share, and add up.
    expect(result.steps.at(-2)).toMatchObject({ kind: "payable", amountMinor: paid });
    expect(result.steps.at(-1)).toMatchObject({ kind: "member_share", amountMinor: share });
    expect(result.claimedMinor + result.steps.filter((s) => !["claimed", "payable", "member_share"].includes(s.kind)).reduce((sum, s) => sum + s.changeMinor, 0)).toBe(paid);
    if (input.steps?.adjustment) {
      const adjustment = result.steps.find((s) => s.kind === "adjustment")!;
      expect(adjustment.ruleId).toBe(input.steps.adjustment.ruleId);
      expect(adjustment.da).toContain(input.steps.adjustment.reason);
      expect(adjustment.en).toContain(input.steps.adjustment.reason);
      expect(result.adjustment).toEqual({ ruleId: input.steps.adjustment.ruleId, reason: input.steps.adjustment.reason });
    }
  });
});

describe("buildSettlementContent", () => {
  it("totals the lines, sorts them, masks the account and sets the payment date 10 working days on", () => {
    const content = buildSettlementContent({
      claimNumber: "C-2026-000042",
      currency: "DKK",
      decidedAt: new Date("2026-11-20T10:00:00Z"),
      decidedBy: "automatic",
      patientName: "Emma Jensen",
      payeeName: "Mette Jensen",
      bankAccountNo: "0012345678",
      lines: [line({ lineNo: 2 }), line({ lineNo: 1, outcome: "APPROVED", payableMinor: 16_000, memberShareMinor: 64_000 })],
    });
    expect(content.lines.map((l) => l.lineNo)).toEqual([1, 2]);
    expect(content.totals).toEqual({ claimedMinor: 160_000, eligibleMinor: 160_000, deductibleMinor: 0, payableMinor: 28_500, memberShareMinor: 131_500 });
    expect(content.payee).toEqual({ name: "Mette Jensen", accountMasked: "•••• 5678" });
    expect(content.decidedOn).toBe("2026-11-20");
    expect(content.paymentDate).toBe("2026-12-04");
  });

  it.each([
    ["0012345678", "•••• 5678"],
    ["1234-5678 90", "•••• 7890"],
    ["123", null],
    [null, null],
  ])("maskAccount(%s) = %s", (input, expected) => expect(maskAccount(input)).toBe(expected));

  it.each([
    ["2026-11-20", 100, "2026-12-04"],
    ["2026-12-18", 100, "2027-01-07"], // over Christmas and New Year
    ["2026-11-20", 0, null],
  ])("paymentDateFor(%s, %i) = %s", (decided, payable, expected) => expect(paymentDateFor(decided, payable)).toBe(expected));
});
