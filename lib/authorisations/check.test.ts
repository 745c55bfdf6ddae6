import { describe, expect, it } from "vitest";
import { cignaGlobalPlan } from "../rules";
import { answerCheck, type CheckInput } from "./check";
import { factsOn, physiotherapyHistory } from "./testing-facts";

const input = (overrides: Partial<CheckInput> = {}): CheckInput => ({ category: "physiotherapy", setting: "out_patient", country: "DK", date: "2026-12-10", quantity: 1, ...overrides });

describe("answerCheck: Do I need pre-approval?", () => {
  it.each([
    ["PA-1 in-patient treatment always", input({ category: "in_patient_treatment", setting: "in_patient" }), 0, true, "PA-1"],
    ["PA-1 day-patient treatment always", input({ category: "day_patient_treatment", setting: "day_patient" }), 0, true, "PA-1"],
    ["PA-2 psychologist always", input({ category: "psychologist" }), 0, true, "PA-2"],
    ["PA-2 physiotherapy: the 5th treatment is free", input(), 4, false, undefined],
    ["PA-2 physiotherapy: from the 11th", input(), 10, true, "PA-2"],
    ["PA-2 physiotherapy: 3 planned after 8 so far crosses the 10", input({ quantity: 3 }), 8, true, "PA-2"],
    ["PA-2 drugs for more than 3 months", input({ category: "prescribed_drugs", supplyDays: 120 }), 0, true, "PA-2"],
    ["PA-2 drugs for 3 months", input({ category: "prescribed_drugs", supplyDays: 90 }), 0, false, undefined],
    ["a GP visit needs nothing", input({ category: "gp_consultation" }), 0, false, undefined],
  ])("%s", (_name, question, soFar, needed, ruleId) => {
    const result = answerCheck(factsOn(cignaGlobalPlan, { history: physiotherapyHistory(soFar) }), question);
    expect(result.needed).toBe(needed);
    expect(result.ruleId).toBe(ruleId);
    if (needed) expect(result.reasons.map((r) => r.ruleId)).toContain("PA-4");
  });

  it("fills in the count from history and says what happens without approval (PA-4: 20 %, 50 % in the USA)", () => {
    const home = answerCheck(factsOn(cignaGlobalPlan, { history: physiotherapyHistory(10) }), input());
    expect(home.treatmentCount).toMatchObject({ soFar: 10, free: 10 });
    expect(home.withoutApproval).toEqual({ action: "reduce", percent: 20 });
    expect(home.network).toBeUndefined();
    const usa = answerCheck(factsOn(cignaGlobalPlan), input({ category: "in_patient_treatment", setting: "in_patient", country: "US" }));
    expect(usa.withoutApproval).toEqual({ action: "reduce", percent: 50 });
    expect(usa.network?.ruleId).toBe("PA-6");
  });

  it("an approval already in place is named (PA-5)", () => {
    const facts = factsOn(cignaGlobalPlan, { preAuthorisations: [{ id: "PA-2026-000001", categoryCode: "psychologist", approvedOn: "2026-11-01", validFrom: "2026-11-01", validTo: "2027-05-01", sessions: 10, diagnosis: undefined }] });
    expect(answerCheck(facts, input({ category: "psychologist" })).alreadyApprovedBy).toBe("PA-2026-000001");
  });
});
