import { describe, expect, it } from "vitest";
import { claimCaseSchema, cignaGlobalPlan, ihiBupaTopUpPlan, type Plan } from "../../rules";
import { makeClaimFormSchema, type ClaimFormInput } from "./claim-form-schema";
import type { ClaimFacts } from "../../cover/facts.types";
import { buildClaimCase, estimateClaim } from "./estimate";

const TODAY = "2026-11-21";
const DOC = (n: number) => `0190a1b2-0000-7000-8000-0000000000d${n}`;

function facts(plan: Plan, overrides: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    policyId: "0190a1b2-0000-7000-8000-000000000f01",
    personId: "0190a1b2-0000-7000-8000-000000000001",
    plan,
    policy: { number: "P-100001", startDate: "2025-01-01", addOns: [], specialTermsCoveredConditions: [] },
    person: { id: "0190a1b2-0000-7000-8000-000000000001", role: "main", birthDate: "1984-03-12", enrolment: { startDate: "2025-01-01", transferFromComparableInsurer: false } },
    history: [],
    preAuthorisations: [],
    guarantees: [],
    authorisationReferences: [],
    ...overrides,
  };
}

function values(plan: Plan, input: Partial<ClaimFormInput> = {}) {
  return makeClaimFormSchema({ today: TODAY, plan }).parse({
    idempotencyKey: "0190a1b2-0000-7000-8000-0000000000aa",
    personId: "0190a1b2-0000-7000-8000-000000000001",
    lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "Lægehuset", amount: "600" }],
    diagnosis: "Kontrol",
    documents: [{ documentId: DOC(1), kind: "INVOICE", lineIndexes: [0] }],
    ...input,
  });
}

describe("buildClaimCase", () => {
  it("is a valid engine case with line ids = line indexes and the plan's currency", () => {
    const built = buildClaimCase(facts(cignaGlobalPlan), values(cignaGlobalPlan), TODAY);
    expect(claimCaseSchema.safeParse(built).success).toBe(true);
    expect(built.claim.currency).toBe("DKK");
    expect(built.claim.lines.map((l) => l.id)).toEqual(["0"]);
    expect(built.claim.lines[0]).toMatchObject({ date: "2026-11-18", categoryCode: "gp_consultation", amountMinor: 60_000, diagnosis: "Kontrol", country: "DK" });
  });

  it.each([
    ["invoice only", [{ kind: "INVOICE", lineIndexes: [0] }], { receiptPresent: true, referralPresent: false, prescriptionPresent: false }],
    ["receipt counts as proof of payment", [{ kind: "RECEIPT", lineIndexes: [0] }], { receiptPresent: true, referralPresent: false, prescriptionPresent: false }],
    ["referral for this line", [{ kind: "INVOICE", lineIndexes: [0] }, { kind: "REFERRAL", lineIndexes: [0] }], { receiptPresent: true, referralPresent: true, prescriptionPresent: false }],
    ["prescription for this line", [{ kind: "PRESCRIPTION", lineIndexes: [0] }], { receiptPresent: false, referralPresent: false, prescriptionPresent: true }],
    ["referral for another line only", [{ kind: "REFERRAL", lineIndexes: [1] }], { receiptPresent: false, referralPresent: false, prescriptionPresent: false }],
    ["other documents prove nothing", [{ kind: "OTHER", lineIndexes: [0] }], { receiptPresent: false, referralPresent: false, prescriptionPresent: false }],
  ] as const)("documents → flags: %s", (_, docs, flags) => {
    const line = { treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient" as const, providerName: "Lægehuset", amount: "600" };
    const form = values(cignaGlobalPlan, {
      lines: [line, line],
      documents: docs.map((d, i) => ({ documentId: DOC(i + 1), kind: d.kind, lineIndexes: [...d.lineIndexes] })),
    });
    expect(buildClaimCase(facts(cignaGlobalPlan), form, TODAY).claim.lines[0]).toMatchObject(flags);
  });

  it.each([
    ["nothing declared", { declared: false, sygeforsikringDanmark: false }, { declared: false }],
    ["another insurer", { declared: true, insurerName: "Tryg", sygeforsikringDanmark: false }, { declared: true, insurer: "Tryg" }],
    ["Sygeforsikringen danmark", { declared: false, sygeforsikringDanmark: true }, { declared: true, insurer: 'Sygeforsikringen "danmark"' }],
    ["both", { declared: true, insurerName: "Tryg", sygeforsikringDanmark: true }, { declared: true, insurer: 'Tryg, Sygeforsikringen "danmark"' }],
  ] as const)("CLM-6 declaration: %s", (_, otherInsurance, expected) => {
    const built = buildClaimCase(facts(cignaGlobalPlan), values(cignaGlobalPlan, { otherInsurance: { ...otherInsurance } }), TODAY);
    expect(built.claim.lines[0]?.otherInsurance).toEqual(expected);
  });

  it("takes a provider's network status from the server's lookup; typed providers count as in network", () => {
    const providerId = "0190a1b2-0000-7000-8000-0000000000f1";
    const form = values(cignaGlobalPlan, { lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerId, providerName: "X", amount: "600" }] });
    expect(buildClaimCase(facts(cignaGlobalPlan), form, TODAY, { providerInNetwork: { [providerId]: false } }).claim.lines[0]?.inNetwork).toBe(false);
    expect(buildClaimCase(facts(cignaGlobalPlan), values(cignaGlobalPlan), TODAY).claim.lines[0]?.inNetwork).toBe(true);
  });
});

describe("estimate of a GP visit", () => {
  it("Cigna Global (demo family plan): 80 % of 600 kr., with this year's deductible already used, pays 480 kr.", () => {
    const used = facts(cignaGlobalPlan, {
      history: [{ date: "2026-03-01", categoryCode: "specialist_consultation", claimedMinor: 300_000, paidMinor: 90_000, deductibleMinor: 150_000, quantity: 1 }],
    });
    const decision = estimateClaim(used, values(cignaGlobalPlan), TODAY);
    expect(decision.lines[0]?.outcome).toBe("approved");
    expect(decision.totals).toMatchObject({ claimedMinor: 60_000, payableMinor: 48_000, memberShareMinor: 12_000 });
    expect(decision.lines[0]?.steps.map((s) => [s.kind, s.ruleId, s.amountMinor])).toEqual([
      ["claimed", "BEN-7", 60_000],
      ["coverage", "BEN-1", 48_000],
      ["payable", "BEN-7", 48_000],
      ["member_share", "CLM-7", 12_000],
    ]);
  });

  it("Cigna Global: the first visit of the year goes to the deductible (BEN-4), shown as a warning", () => {
    const decision = estimateClaim(facts(cignaGlobalPlan), values(cignaGlobalPlan), TODAY);
    expect(decision.totals.payableMinor).toBe(0);
    expect(decision.totals.deductibleMinor).toBe(48_000);
    expect(decision.warnings.some((w) => w.ruleId === "BEN-4" && w.lineId === "0")).toBe(true);
    expect(decision.usageAfter.deductible?.remaining).toBe(150_000 - 48_000);
  });

  it("ihi Bupa Top-Up: 800 kr. → 20 % = 160 → per-visit cap 125 kr.", () => {
    const form = values(ihiBupaTopUpPlan, { lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "Lægehuset", amount: "800" }] });
    const decision = estimateClaim(facts(ihiBupaTopUpPlan), form, TODAY);
    expect(decision.totals.payableMinor).toBe(12_500);
    expect(decision.lines[0]?.steps.some((s) => s.kind === "cap" && s.ruleId === "BEN-1")).toBe(true);
  });

  it("warns about a missing prescription (CLM-1) and a claim past 3 months (CLM-3)", () => {
    const form = values(cignaGlobalPlan, {
      lines: [{ treatmentDate: "2026-06-01", category: "prescribed_drugs", setting: "out_patient", providerName: "Apoteket", amount: "300" }],
    });
    const decision = estimateClaim(facts(cignaGlobalPlan), form, TODAY);
    const rules = decision.warnings.map((w) => w.ruleId);
    expect(rules).toContain("CLM-1");
    expect(rules).toContain("CLM-3");
  });
});
