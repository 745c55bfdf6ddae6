import { describe, expect, it } from "vitest";
import { cignaGlobalPlan, dssGroupNavigationPlan } from "../rules";
import { assessRequest, AUTO_APPROVAL, type RequestFacts } from "./assess";
import { factsOn, physiotherapyHistory } from "./testing-facts";

const physio = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  category: "physiotherapy",
  setting: "out_patient",
  country: "DK",
  plannedDate: "2026-12-10",
  estimatedCostMinor: 600_000,
  sessions: 10,
  emergency: false,
  ...overrides,
});

describe("assessRequest: outcome per rule", () => {
  const facts = factsOn(cignaGlobalPlan, { history: physiotherapyHistory(10) });
  it.each([
    ["a covered out-patient physiotherapy series is rule-clear", physio(), "approve", []],
    ["PA-1 in-patient treatment goes to a handler", physio({ category: "in_patient_treatment", setting: "in_patient", sessions: undefined }), "review", ["PA-1"]],
    ["PA-3 an emergency notice goes to a handler", physio({ emergency: true, notifiedAfterHours: 10 }), "review", ["PA-3"]],
    ["PA-6 treatment in the USA goes to a handler", physio({ country: "US" }), "review", ["PA-6"]],
    ["GOP-1 no estimated cost: a handler sets the amount", physio({ estimatedCostMinor: undefined }), "review", ["GOP-1"]],
    ["GOP-2 above the automatic limit", physio({ estimatedCostMinor: AUTO_APPROVAL.maxEstimateMinor + 1 }), "review", ["GOP-2"]],
    ["PA-5 more sessions than approved automatically", physio({ sessions: AUTO_APPROVAL.maxSessions + 1 }), "review", ["PA-5"]],
    ["ELG-7 a treatment outside the plan", physio({ category: "acupuncture" }), "review", ["ELG-7"]],
  ])("%s", (_name, request, outcome, ruleIds) => {
    const assessment = assessRequest(facts, request);
    expect(assessment.outcome).toBe(outcome);
    for (const ruleId of ruleIds) expect(assessment.reviewReasons.map((r) => r.ruleId)).toContain(ruleId);
    if (outcome === "approve") expect(assessment.reviewReasons).toEqual([]);
  });
});

describe("assessRequest: the proposal", () => {
  it("PA-2: the 11th physiotherapy treatment needs pre-authorisation, counted from history", () => {
    const { answer } = assessRequest(factsOn(cignaGlobalPlan, { history: physiotherapyHistory(10) }), physio());
    expect(answer.needed).toBe(true);
    expect(answer.ruleId).toBe("PA-2");
    expect(answer.treatmentCount).toMatchObject({ soFar: 10, free: 10 });
  });

  it("pays 80 % of the estimate after the 1,500 kr deductible (BEN-4), the member pays the rest", () => {
    const { proposal } = assessRequest(factsOn(cignaGlobalPlan), physio({ estimatedCostMinor: 600_000 }));
    // 6,000 kr × 80 % = 4,800 kr; deductible 1,500 kr → 3,300 kr paid, 2,700 kr the member's.
    expect(proposal).toMatchObject({ kind: "PRE_AUTHORISATION", amountMinor: 330_000, deductibleMinor: 150_000, memberShareMinor: 270_000, sessions: 10 });
    expect(proposal.validFrom).toBe("2026-12-10");
    expect(proposal.validTo).toBe("2027-06-10");
  });

  it("a named period within the limit is kept; a longer one is cut to the plan's validity", () => {
    expect(assessRequest(factsOn(cignaGlobalPlan), physio({ periodFrom: "2026-12-01", periodTo: "2027-02-28" })).proposal).toMatchObject({ validFrom: "2026-12-01", validTo: "2027-02-28" });
    expect(assessRequest(factsOn(cignaGlobalPlan), physio({ periodFrom: "2026-12-01", periodTo: "2028-01-01" })).proposal.validTo).toBe("2027-06-01");
  });

  it("in-patient treatment is a guarantee of payment billed directly (GOP-2)", () => {
    const { proposal } = assessRequest(factsOn(cignaGlobalPlan), physio({ category: "in_patient_treatment", setting: "in_patient", sessions: undefined, estimatedCostMinor: 4_000_000 }));
    expect(proposal).toMatchObject({ kind: "GUARANTEE_OF_PAYMENT", directBilling: true });
    expect(proposal.amountMinor! + proposal.memberShareMinor).toBe(4_000_000);
  });

  it("GOP-4: a patient-association guarantee runs at most 12 months", () => {
    const category = dssGroupNavigationPlan.benefitCategories.find((c) => c.guaranteeRequired)!;
    const { proposal, outcome, reviewReasons } = assessRequest(factsOn(dssGroupNavigationPlan, { policy: { number: "G-1", startDate: "2025-01-01", addOns: [], specialTermsCoveredConditions: [], employerCvr: "12345678" }, person: { id: "p", role: "main", birthDate: "1984-03-12", enrolment: { startDate: "2025-01-01", transferFromComparableInsurer: false } } }), physio({ category: category.code, sessions: undefined, estimatedCostMinor: 50_000, periodTo: "2029-01-01" }));
    expect(proposal.kind).toBe("GUARANTEE_OF_PAYMENT");
    expect(proposal.validTo).toBe("2027-12-10");
    // ELG-9: the plan covers listed conditions only, so a handler links the guarantee to one.
    expect(outcome).toBe("review");
    expect(reviewReasons.map((r) => r.ruleId)).toEqual(["ELG-9"]);
  });
});
