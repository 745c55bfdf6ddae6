import { describe, expect, it } from "vitest";
import { buildCase } from "../testing/caseBuilder";
import { evaluateClaim } from "./evaluateClaim";

/**
 * Issue 14 points 11 and 12: which rule a waiting period is cited under (ELG-2 for cover held
 * since the enrolment, ELG-3 only for cover added later), and the medical adviser's confirmation
 * of an acute serious illness waiving the waiting period (ELG-2).
 */
const START = "2025-01-01";
const topUp = (input: {
  line: Parameters<typeof buildCase>[1][number];
  addOns?: { code: string; startDate: string }[];
  today: string;
}) => {
  const decision = evaluateClaim(
    buildCase("ihi-bupa-top-up", [input.line], {
      today: input.today,
      policy: { number: "P", startDate: START, addOns: input.addOns ?? [] },
      person: { id: "p", role: "main", enrolment: { startDate: START } },
    }),
  );
  const line = decision.lines[0]!;
  return { outcome: line.outcome, ruleIds: line.reasons.map((r) => r.ruleId), steps: line.steps.map((s) => s.ruleId) };
};

describe("ELG-2 or ELG-3: the orthodontics waiting period (001 §3.1.2 b)", () => {
  const table = [
    {
      name: "extended add-on bought at the start, 20 months in: ELG-2, not an upgrade",
      addOns: [{ code: "dental_optical_extended", startDate: START }],
      date: "2026-09-01",
      outcome: "rejected",
      cites: "ELG-2",
      never: "ELG-3",
    },
    {
      name: "basic add-on bought at the start, 20 months in: ELG-2",
      addOns: [{ code: "dental_optical_basic", startDate: START }],
      date: "2026-09-01",
      outcome: "rejected",
      cites: "ELG-2",
      never: "ELG-3",
    },
    {
      name: "extended add-on added 2025-07-01 (an upgrade), basic from the start, 20 months in: ELG-3",
      addOns: [
        { code: "dental_optical_basic", startDate: START },
        { code: "dental_optical_extended", startDate: "2025-07-01" },
      ],
      date: "2026-09-01",
      outcome: "rejected",
      cites: "ELG-3",
      never: undefined,
    },
    {
      name: "extended add-on bought at the start, 25 months in: covered",
      addOns: [{ code: "dental_optical_extended", startDate: START }],
      date: "2027-02-10",
      outcome: "approved",
      cites: undefined,
      never: "ELG-3",
    },
  ];
  it.each(table)("$name", ({ addOns, date, outcome, cites, never }) => {
    const result = topUp({ line: { categoryCode: "orthodontics", amountMinor: 1_000_000, date }, addOns, today: date });
    expect(result.outcome).toBe(outcome);
    if (cites) expect(result.ruleIds).toContain(cites);
    if (never) expect([...result.ruleIds, ...result.steps]).not.toContain(never);
  });
});

describe("ELG-2 acute serious illness confirmed by the medical adviser", () => {
  const inWaiting = { amountMinor: 50_000, date: "2025-01-20" };
  const table = [
    { name: "in the general waiting period, nothing said: refused", line: inWaiting, outcome: "rejected" },
    { name: "claimed as acute, not yet confirmed: a handler assesses it", line: { ...inWaiting, acuteSeriousIllnessOrAccident: true }, outcome: "needs_review" },
    { name: "confirmed by the medical adviser: the waiting period is waived", line: { ...inWaiting, acuteSeriousIllnessConfirmed: true }, outcome: "approved" },
    { name: "confirmed and claimed as acute: waived", line: { ...inWaiting, acuteSeriousIllnessOrAccident: true, acuteSeriousIllnessConfirmed: true }, outcome: "approved" },
  ];
  it.each(table)("$name", ({ line, outcome }) => {
    const result = topUp({ line, today: "2025-01-25" });
    expect(result.outcome).toBe(outcome);
    expect(result.ruleIds).toContain("ELG-2");
  });

  it("does not waive the orthodontics waiting period (not an acute illness)", () => {
    const result = topUp({
      line: { categoryCode: "orthodontics", amountMinor: 1_000_000, date: "2026-09-01", acuteSeriousIllnessConfirmed: true },
      addOns: [{ code: "dental_optical_extended", startDate: START }],
      today: "2026-09-01",
    });
    expect(result.outcome).toBe("rejected");
    expect(result.ruleIds).toContain("ELG-2");
  });
});

describe("wording of the deductible and of a line paying nothing (issue 14 point 7)", () => {
  const cigna = (line: Parameters<typeof buildCase>[1][number], overrides: Parameters<typeof buildCase>[2] = {}) =>
    evaluateClaim(buildCase("cigna-global", [line], overrides)).lines[0]!;
  const deductibleText = (line: ReturnType<typeof cigna>) => line.steps.find((step) => step.ruleId === "BEN-4")?.en ?? "";

  it.each([
    { name: "a refund claim: the member paid the invoice, the deductible comes off the refund", guarantees: [], says: "deducted from the refund", never: "directly to the provider" },
    {
      name: "settled against a guarantee of payment: the member pays the deductible to the provider (GOP-3)",
      guarantees: [{ id: "GOP-1", categoryCode: "specialist_consultation", amountMinor: 1_000_000, issuedOn: "2025-01-01", validFrom: "2025-01-01" }],
      says: "directly to the provider",
      never: "deducted from the refund",
    },
  ])("$name", ({ guarantees, says, never }) => {
    const line = cigna({ categoryCode: "specialist_consultation", amountMinor: 300_000 }, { guarantees });
    expect(deductibleText(line)).toContain(says);
    expect(deductibleText(line)).not.toContain(never);
  });

  it("a line the deductible takes whole pays 0 kr. and is rejected, not partly approved", () => {
    const line = cigna({ categoryCode: "specialist_consultation", amountMinor: 50_000 });
    expect(line.payableMinor).toBe(0);
    expect(line.outcome).toBe("rejected");
    expect(line.reasons.map((r) => r.ruleId)).toContain("BEN-4");
  });
});
