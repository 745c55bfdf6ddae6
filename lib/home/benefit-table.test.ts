import { describe, expect, it } from "vitest";
import { cignaGlobalPlan, dssGroupNavigationPlan, ihiBupaTopUpPlan } from "../rules/plans";
import { benefitTable, runningWaitingPeriods } from "./benefit-table";

const row = (table: ReturnType<typeof benefitTable>, code: string) => table.rows.find((r) => r.code === code)!;

describe("benefitTable", () => {
  const cigna = benefitTable(cignaGlobalPlan, { addOns: [] });
  const bupa = benefitTable(ihiBupaTopUpPlan, { addOns: [] });
  const bupaDental = benefitTable(ihiBupaTopUpPlan, { addOns: [{ code: "dental_optical_extended", startDate: "2026-01-01" }] });

  it.each([
    ["cigna physiotherapy", cigna, "physiotherapy", { coveragePercent: 80, caps: [], preApproval: expect.objectContaining({ kind: "afterTreatments", freeTreatments: 10, ruleId: "PA-2" }) }],
    ["cigna psychologist", cigna, "psychologist", { preApproval: { kind: "always", ruleId: "PA-2" } }],
    ["cigna in-patient (PA-1 by setting)", cigna, "in_patient_treatment", { coveragePercent: 100, preApproval: { kind: "setting", ruleId: "PA-1" } }],
    ["cigna drugs (PA-2 supply)", cigna, "prescribed_drugs", { prescriptionRequired: true, preApproval: { kind: "supplyLongerThan", days: 90, ruleId: "PA-2" } }],
    ["cigna maternity waiting period", cigna, "maternity", { waitingPeriod: "pregnancy" }],
    ["bupa physiotherapy caps", bupa, "physiotherapy", { coveragePercent: 20, caps: [{ kind: "perItem", amountMinor: 12_500 }, { kind: "perPolicyYear", amountMinor: 187_500 }], addOn: null }],
    ["bupa dental without the add-on", bupa, "dental_examination", { caps: [{ kind: "perItem", amountMinor: 15_000 }], addOn: expect.objectContaining({ included: false }) }],
    ["bupa dental with the extended add-on", bupaDental, "dental_examination", { caps: [{ kind: "perItem", amountMinor: 27_500 }], addOn: expect.objectContaining({ included: true }) }],
  ])("%s", (_name, table, code, expected) => {
    expect(row(table, code)).toMatchObject(expected);
  });

  it("names the physiotherapy counter's companions (PA-2: counted with chiropractic and osteopathy)", () => {
    const pa = row(cigna, "physiotherapy").preApproval;
    expect(pa.kind === "afterTreatments" && pa.countedWith.map((l) => l.en)).toEqual(["Chiropractic", "Osteopathy"]);
  });

  it("carries the plan-wide terms: maximum, deductible, invoice share, PA-4 reductions, exclusions, covered conditions", () => {
    expect(cigna).toMatchObject({ annualMaximumMinor: 750_000_000, deductible: { kind: "per_policy_year", amountMinor: 150_000 }, maxShareOfInvoicePercent: null });
    expect(cigna.preAuthorisation).toMatchObject({ settings: ["in_patient", "day_patient"], missing: { action: "reduce", reductionPercentUsa: 50, reductionPercentElsewhere: 20 }, emergencyNotificationHours: 48 });
    expect(cigna.exclusions.map((e) => e.code)).toContain("cosmetic");
    expect(bupa.maxShareOfInvoicePercent).toBe(20);
    expect(cigna.coveredConditions).toBeNull();
    expect(benefitTable(dssGroupNavigationPlan, { addOns: [] }).coveredConditions?.labels.length).toBe(20);
  });
});

describe("runningWaitingPeriods (ELG-2)", () => {
  it.each([
    ["pregnancy running 3 months in", cignaGlobalPlan, "2026-08-01", "2026-11-01", false, [{ kind: "pregnancy", endsOn: "2027-08-01" }]],
    ["pregnancy over after 12 months", cignaGlobalPlan, "2025-01-01", "2026-11-01", false, []],
    ["waived on a documented transfer", cignaGlobalPlan, "2026-08-01", "2026-11-01", true, []],
    ["group plan pre-existing, not waived on transfer", dssGroupNavigationPlan, "2026-08-01", "2026-11-01", true, [{ kind: "pre_existing", endsOn: "2027-02-01" }]],
    ["ends on the day it ends: not running that day", dssGroupNavigationPlan, "2026-05-01", "2026-11-01", false, []],
  ])("%s", (_name, plan, start, today, transferred, expected) => {
    expect(runningWaitingPeriods(plan, start, today, transferred)).toEqual(expected);
  });
});
