import { describe, expect, it } from "vitest";
import { claimDecisionSchema } from "../schema/decision";
import { buildCase } from "../testing/caseBuilder";
import { evaluateClaim } from "./evaluateClaim";

const one = (planCode: string, line: Parameters<typeof buildCase>[1][number], overrides: Parameters<typeof buildCase>[2] = {}) => {
  const decision = evaluateClaim(buildCase(planCode, [line], overrides));
  claimDecisionSchema.parse(decision);
  const first = decision.lines[0];
  if (first === undefined) throw new Error("no line");
  return { decision, line: first, ruleIds: first.reasons.map((r) => r.ruleId), stepRules: first.steps.map((s) => s.ruleId) };
};

describe("worked examples: ihi Bupa Top-Up Plan", () => {
  it("GP consultation of 800 kr. pays 125 kr. (BEN-1 per-item cap)", () => {
    // 20 % of 800,00 = 160,00; capped at 125,00 per visit → 125,00; member pays 800 − 125 = 675,00
    const { line } = one("ihi-bupa-top-up", { categoryCode: "gp_consultation", amountMinor: 80000 });
    expect(line.payableMinor).toBe(12500);
    expect(line.memberShareMinor).toBe(67500);
    expect(line.outcome).toBe("partly_approved");
    expect(line.steps.map((s) => s.kind)).toEqual(["claimed", "coverage", "cap", "payable", "member_share"]);
    expect(line.steps[1]?.da).toBe("Konsultation hos almen læge dækkes med 20\u00a0%: 20\u00a0% af 800,00\u00a0kr. = 160,00\u00a0kr.");
    expect(line.steps[2]?.en).toBe("Maximum DKK\u00a0125.00 per visit × 1: DKK\u00a0160.00 reduced to DKK\u00a0125.00.");
  });
  it("physiotherapy 500 kr. pays 100 kr. in full (20 % below the 125 kr. cap)", () => {
    // 20 % of 500,00 = 100,00 ≤ 125,00
    const { line } = one("ihi-bupa-top-up", { categoryCode: "physiotherapy", amountMinor: 50000 });
    expect(line.payableMinor).toBe(10000);
    expect(line.outcome).toBe("approved");
  });
  it("BEN-1 physiotherapy yearly cap 1.875 kr.: 1.800 kr. used leaves 75 kr.", () => {
    // 20 % of 800,00 = 160,00 → per-item 125,00 → yearly 1.875,00 − 1.800,00 = 75,00
    const { line, stepRules } = one("ihi-bupa-top-up", { categoryCode: "physiotherapy", amountMinor: 80000 }, {
      history: [{ date: "2025-01-10", categoryCode: "physiotherapy", claimedMinor: 900000, paidMinor: 180000, quantity: 15 }],
    });
    expect(line.payableMinor).toBe(7500);
    expect(stepRules).toContain("BEN-1");
  });
  it("home nursing 3 days at 1.000 kr./day pays 3 × 178 = 534 kr. (BEN-1 per day)", () => {
    // 20 % of 3.000,00 = 600,00; per-day cap 178 × 3 = 534,00
    const { line } = one("ihi-bupa-top-up", { categoryCode: "home_nursing", amountMinor: 300000, quantity: 3 }, {
      preAuthorisations: [{ id: "A1", categoryCode: "home_nursing", approvedOn: "2025-02-01", validFrom: "2025-02-01" }],
    });
    expect(line.payableMinor).toBe(53400);
  });
  it("BEN-1 organ transplant: 250.000 kr. per diagnosis, 240.000 kr. already paid leaves 10.000 kr.", () => {
    // 20 % of 200.000,00 = 40.000,00; per-diagnosis 250.000 − 240.000 = 10.000,00
    const { line } = one("ihi-bupa-top-up", { categoryCode: "organ_transplant", setting: "in_patient", amountMinor: 20000000, diagnosis: "N18" }, {
      history: [{ date: "2024-06-01", categoryCode: "organ_transplant", claimedMinor: 120000000, paidMinor: 24000000, diagnosis: "N18" }],
    });
    expect(line.payableMinor).toBe(1000000);
  });
  it("dental examination on the extended add-on pays 80 % up to 275 kr. (ELG-3 tier)", () => {
    // 80 % of 400,00 = 320,00; extended cap 275,00
    const { line } = one("ihi-bupa-top-up", { categoryCode: "dental_examination", amountMinor: 40000 }, {
      policy: { number: "P", startDate: "2024-01-01", addOns: [{ code: "dental_optical_extended", startDate: "2024-01-01" }] },
    });
    expect(line.payableMinor).toBe(27500);
  });
  it("ELG-3 upgrade in its waiting period: the basic tier (150 kr.) still applies", () => {
    // extended bought 2025-02-20, 4 weeks waiting → basic cap 150,00 applies on 2025-03-01
    const { line, ruleIds } = one("ihi-bupa-top-up", { categoryCode: "dental_examination", amountMinor: 40000 }, {
      policy: { number: "P", startDate: "2024-01-01", addOns: [
        { code: "dental_optical_basic", startDate: "2024-01-01" },
        { code: "dental_optical_extended", startDate: "2025-02-20" },
      ] },
    });
    expect(line.payableMinor).toBe(15000);
    expect(ruleIds).toContain("ELG-3");
  });
  it("ELG-3 refuses a dental line without the add-on", () => {
    const { line, ruleIds } = one("ihi-bupa-top-up", { categoryCode: "dental_examination", amountMinor: 40000 });
    expect(line.outcome).toBe("rejected");
    expect(ruleIds).toContain("ELG-3");
  });
});

describe("worked examples: Cigna Global", () => {
  it("pre-authorised in-patient stay in a US out-of-network hospital (BEN-4, PA-6)", () => {
    // 100 % of 100.000,00; deductible 1.500,00 → 98.500,00; PA-6 −20 % = 19.700,00 → 78.800,00
    const { line, stepRules } = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", country: "US", inNetwork: false, amountMinor: 10000000 }, {
      preAuthorisations: [{ id: "PA1", categoryCode: "in_patient_treatment", approvedOn: "2025-02-20", validFrom: "2025-02-20" }],
    });
    expect(line.payableMinor).toBe(7880000);
    expect(line.deductibleMinor).toBe(150000);
    expect(stepRules).toEqual(["BEN-7", "BEN-1", "BEN-4", "PA-6", "BEN-7", "CLM-7"]);
  });
  it("PA-6 no reduction when no network provider is within 50 km", () => {
    // 100.000,00 − 1.500,00 deductible = 98.500,00
    const { line, ruleIds } = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", country: "US", inNetwork: false, noNetworkProviderWithin50Km: true, amountMinor: 10000000 }, {
      preAuthorisations: [{ id: "PA1", categoryCode: "in_patient_treatment", approvedOn: "2025-02-20", validFrom: "2025-02-20" }],
    });
    expect(line.payableMinor).toBe(9850000);
    expect(ruleIds).toContain("PA-6");
  });
  it("PA-1/PA-4 in-patient stay in the USA without pre-authorisation is reduced by 50 %", () => {
    // 20.000,00 − 1.500,00 = 18.500,00; −50 % = 9.250,00
    const { line, ruleIds } = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", country: "US", amountMinor: 2000000 });
    expect(line.payableMinor).toBe(925000);
    expect(ruleIds).toEqual(expect.arrayContaining(["PA-1", "PA-4"]));
  });
  it("PA-4 day-patient treatment in Denmark without pre-authorisation is reduced by 20 %", () => {
    // 10.000,00 − 1.500,00 = 8.500,00; −20 % = 1.700,00 → 6.800,00
    const { line } = one("cigna-global", { categoryCode: "day_patient_treatment", setting: "day_patient", amountMinor: 1000000 });
    expect(line.payableMinor).toBe(680000);
  });
  it("PA-2 the 11th physiotherapy treatment without approval is reduced by 20 %", () => {
    // history 6 physio + 4 chiro = 10; 80 % of 600,00 = 480,00; deductible used up; −20 % = 96,00 → 384,00
    const { line, ruleIds } = one("cigna-global", { categoryCode: "physiotherapy", amountMinor: 60000 }, {
      history: [
        { date: "2025-01-05", categoryCode: "physiotherapy", claimedMinor: 500000, paidMinor: 250000, deductibleMinor: 150000, quantity: 6 },
        { date: "2025-02-05", categoryCode: "chiropractic", claimedMinor: 30000, paidMinor: 24000, quantity: 4 },
      ],
    });
    expect(line.payableMinor).toBe(38400);
    expect(ruleIds).toEqual(expect.arrayContaining(["PA-2", "PA-4"]));
  });
  it("PA-2 the 10th physiotherapy treatment needs no approval", () => {
    const { ruleIds, line } = one("cigna-global", { categoryCode: "physiotherapy", amountMinor: 60000 }, {
      history: [{ date: "2025-01-05", categoryCode: "physiotherapy", claimedMinor: 500000, paidMinor: 250000, deductibleMinor: 150000, quantity: 9 }],
    });
    expect(ruleIds).not.toContain("PA-4");
    expect(line.payableMinor).toBe(48000); // 80 % of 600,00
  });
  it("PA-2 drugs for more than 3 months need approval; 90 days do not", () => {
    const hist = { history: [{ date: "2025-01-05", categoryCode: "gp_consultation", claimedMinor: 200000, paidMinor: 10000, deductibleMinor: 150000 }] };
    const long = one("cigna-global", { categoryCode: "prescribed_drugs", amountMinor: 100000, supplyDays: 180 }, hist);
    const short = one("cigna-global", { categoryCode: "prescribed_drugs", amountMinor: 100000, supplyDays: 90 }, hist);
    // 80 % of 1.000,00 = 800,00; −20 % = 640,00
    expect(long.line.payableMinor).toBe(64000);
    expect(short.line.payableMinor).toBe(80000);
  });
  it("PA-3 emergency notified within 48 hours is not reduced; later it is (PA-4)", () => {
    const inTime = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", emergency: true, insurerNotifiedAfterHours: 20, amountMinor: 1000000 });
    const late = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", emergency: true, insurerNotifiedAfterHours: 72, amountMinor: 1000000 });
    const unknown = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", emergency: true, amountMinor: 1000000 });
    expect(inTime.line.payableMinor).toBe(850000); // 10.000 − 1.500
    expect(inTime.ruleIds).toContain("PA-3");
    expect(late.line.payableMinor).toBe(680000); // 8.500 − 20 %
    expect(unknown.line.outcome).toBe("needs_information");
  });
  it("GOP-3 a guarantee caps the settlement at its amount", () => {
    // 100 % of 50.000,00 − 1.500,00 = 48.500,00 but guarantee 30.000,00 → cap 30.000 before deductible → 28.500,00
    const { line, stepRules } = one("cigna-global", { categoryCode: "in_patient_treatment", setting: "in_patient", amountMinor: 5000000 }, {
      guarantees: [{ id: "G1", categoryCode: "in_patient_treatment", amountMinor: 3000000, issuedOn: "2025-02-01", validFrom: "2025-02-01" }],
    });
    expect(line.payableMinor).toBe(2850000);
    expect(stepRules).toContain("GOP-3");
  });
  it("BEN-4 the deductible is taken once per policy year across lines", () => {
    const decision = evaluateClaim(buildCase("cigna-global", [
      { categoryCode: "gp_consultation", amountMinor: 100000 },
      { categoryCode: "gp_consultation", amountMinor: 100000, date: "2025-03-02" },
    ]));
    // line 1: 80 % of 1.000 = 800,00, deductible 800,00 → 0 (rejected: all deductible)
    // line 2: 800,00 − remaining 700,00 = 100,00
    expect(decision.lines.map((l) => l.payableMinor)).toEqual([0, 10000]);
    expect(decision.totals.deductibleMinor).toBe(150000);
  });
});

describe("worked examples: Dansk Sundhedssikring private", () => {
  it("approved physiotherapy with referral is paid in full", () => {
    const { line } = one("dss-private", { categoryCode: "physiotherapy", amountMinor: 45000 }, {
      preAuthorisations: [{ id: "D1", categoryCode: "physiotherapy", approvedOn: "2025-02-01", validFrom: "2025-02-01", sessions: 6 }],
    });
    expect(line.payableMinor).toBe(45000); // 100 % of 450,00
    expect(line.outcome).toBe("approved");
  });
  it("PA-5 sessions beyond the approval are not paid", () => {
    // approval for 6 sessions, 5 used; claim 2 × 450,00 = 900,00 → only 1 session paid = 450,00
    const { line } = one("dss-private", { categoryCode: "physiotherapy", amountMinor: 90000, quantity: 2 }, {
      history: [{ date: "2025-02-10", categoryCode: "physiotherapy", claimedMinor: 225000, paidMinor: 225000, quantity: 5 }],
      preAuthorisations: [{ id: "D1", categoryCode: "physiotherapy", approvedOn: "2025-02-01", validFrom: "2025-02-01", sessions: 6 }],
    });
    expect(line.payableMinor).toBe(45000);
  });
  it("PA-4 treatment not approved beforehand is refused", () => {
    const { line, ruleIds } = one("dss-private", { categoryCode: "psychologist", amountMinor: 95000 });
    expect(line.outcome).toBe("rejected");
    expect(ruleIds).toContain("PA-4");
  });
  it("CLM-4 a missing referral holds the line for information", () => {
    const { line, ruleIds } = one("dss-private", { categoryCode: "physiotherapy", amountMinor: 45000, referralPresent: false }, {
      preAuthorisations: [{ id: "D1", categoryCode: "physiotherapy", approvedOn: "2025-02-01", validFrom: "2025-02-01" }],
    });
    expect(line.outcome).toBe("needs_information");
    expect(ruleIds).toContain("CLM-4");
  });
});

describe("worked examples: Dansk Sundhedssikring group navigation", () => {
  const base = {
    today: "2026-05-15",
    policy: { number: "G", startDate: "2026-01-01", employerCvr: "12345678" },
    person: { id: "e", role: "main" as const, enrolment: { startDate: "2026-01-01" } },
    approvedConditions: [{ conditionCode: "cancer", approvedOn: "2026-03-01" }],
    guarantees: [{ id: "GOP-1", categoryCode: "patient_association", amountMinor: 45000, issuedOn: "2026-03-02", validFrom: "2026-03-02", validTo: "2027-03-01" }],
  };
  it("GOP-4 patient-association membership is paid up to the guarantee", () => {
    // 100 % of 600,00 = 600,00; guarantee 450,00 → 450,00
    const { line } = one("dss-group-navigation", { categoryCode: "patient_association", date: "2026-04-01", conditionCode: "cancer", amountMinor: 60000 }, base);
    expect(line.payableMinor).toBe(45000);
  });
  it("GOP-4 refuses membership invoices sent more than 3 months after payment", () => {
    const { line, ruleIds } = one("dss-group-navigation", { categoryCode: "patient_association", date: "2026-01-10", conditionCode: "cancer", amountMinor: 30000 }, { ...base, guarantees: [{ ...base.guarantees[0]!, validFrom: "2026-01-01" }], approvedConditions: [{ conditionCode: "cancer", approvedOn: "2026-01-01" }] });
    expect(line.outcome).toBe("rejected");
    expect(ruleIds).toContain("GOP-4");
  });
  it("GOP-4 refuses membership without a guarantee", () => {
    const { line, ruleIds } = one("dss-group-navigation", { categoryCode: "patient_association", date: "2026-04-01", conditionCode: "cancer", amountMinor: 30000 }, { ...base, guarantees: [] });
    expect(line.outcome).toBe("rejected");
    expect(ruleIds).toContain("GOP-4");
  });
  it("ELG-9 a condition not on the list is refused; an approved one within 24 months is covered", () => {
    const refused = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-04-01", conditionCode: "migraine", amountMinor: 0 }, base);
    const covered = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-04-01", conditionCode: "cancer", amountMinor: 0 }, base);
    expect(refused.line.outcome).toBe("rejected");
    expect(refused.ruleIds).toContain("ELG-9");
    expect(covered.line.outcome).toBe("approved");
  });
  it("ELG-9 relapse after 24 months + 4 months' extension is refused (extension capped at 4)", () => {
    const after = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2028-07-02", conditionCode: "cancer", amountMinor: 0 },
      { ...base, today: "2028-07-10", policy: { ...base.policy, startDate: "2026-01-01" }, approvedConditions: [{ conditionCode: "cancer", approvedOn: "2026-03-01", extensionMonths: 6 }] });
    const within = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2028-06-30", conditionCode: "cancer", amountMinor: 0 },
      { ...base, today: "2028-07-10", approvedConditions: [{ conditionCode: "cancer", approvedOn: "2026-03-01", extensionMonths: 6 }] });
    expect(after.line.outcome).toBe("rejected");
    expect(after.ruleIds).toContain("ELG-9");
    expect(within.line.outcome).toBe("approved");
  });
  it("ELG-9 needs the condition stated, and an approval", () => {
    expect(one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-04-01", amountMinor: 0 }, base).line.outcome).toBe("needs_information");
    expect(one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-04-01", conditionCode: "als", amountMinor: 0 }, base).line.outcome).toBe("needs_review");
  });
  it("ELG-5 approved case stays covered 3 months after cover ends; a referral after the end is not", () => {
    const ended = { ...base, today: "2026-08-15", person: { ...base.person, enrolment: { startDate: "2026-01-01", endDate: "2026-06-30" } } };
    const runOff = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-08-01", conditionCode: "cancer", amountMinor: 0 }, ended);
    const lateReferral = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-08-01", conditionCode: "cancer", referralDate: "2026-07-15", amountMinor: 0 }, ended);
    const tooLate = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-08-01", conditionCode: "cancer", amountMinor: 0 }, { ...ended, today: "2026-10-15" });
    expect(runOff.line.outcome).toBe("approved");
    expect(runOff.ruleIds).toContain("ELG-5");
    expect(lateReferral.line.outcome).toBe("rejected");
    expect(tooLate.ruleIds).toContain("ELG-5");
  });
  it("ELG-2 pre-existing condition waits 6 months on the group plan", () => {
    const waiting = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-04-01", conditionCode: "cancer", preExisting: true, amountMinor: 0 }, base);
    const after = one("dss-group-navigation", { categoryCode: "health_navigation", date: "2026-07-02", conditionCode: "cancer", preExisting: true, amountMinor: 0 }, { ...base, today: "2026-07-10" });
    expect(waiting.line.outcome).toBe("rejected");
    expect(waiting.ruleIds).toContain("ELG-2");
    expect(after.line.outcome).toBe("approved");
  });
});

describe("rule ids: allowed and refused or reduced", () => {
  const table: { name: string; plan: string; line: Parameters<typeof buildCase>[1][number]; overrides?: Parameters<typeof buildCase>[2]; outcome: string; rule?: string }[] = [
    { name: "ELG-1 covered inside the enrolment", plan: "ihi-bupa-top-up", line: { amountMinor: 50000 }, outcome: "approved" },
    { name: "ELG-1 refused before the enrolment started", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2024-12-31" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01" } } }, outcome: "rejected", rule: "ELG-1" },
    { name: "ELG-1 refused after the enrolment ended", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-03-01" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2024-01-01", endDate: "2025-02-28" } } }, outcome: "rejected", rule: "ELG-1" },
    { name: "ELG-2 refused in the general 4-week waiting period", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-01-20" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01" } } }, outcome: "rejected", rule: "ELG-2" },
    { name: "ELG-2 allowed after the waiting period", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-01-29" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01" } } }, outcome: "approved" },
    { name: "ELG-2 allowed in the waiting period after a documented transfer", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-01-20" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01", transferFromComparableInsurer: true } } }, outcome: "approved" },
    { name: "ELG-2 acute serious illness in the waiting period goes to review", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-01-20", acuteSeriousIllnessOrAccident: true }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01" } } }, outcome: "needs_review", rule: "ELG-2" },
    { name: "ELG-2 pregnancy refused within 12 months", plan: "ihi-bupa-top-up", line: { categoryCode: "childbirth", setting: "in_patient", amountMinor: 5000000, date: "2025-03-01" }, overrides: { person: { id: "p", role: "main", enrolment: { startDate: "2024-06-01" } } }, outcome: "rejected", rule: "ELG-2" },
    { name: "ELG-6 refused when claimed more than 6 months after the policy ended", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2024-05-01" }, overrides: { today: "2025-03-10", policy: { number: "P", startDate: "2024-01-01", endDate: "2024-06-30" } }, outcome: "rejected", rule: "ELG-6" },
    { name: "ELG-6 allowed within 6 months of the policy end (CLM-3 late → review)", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2024-11-01" }, overrides: { today: "2025-03-10", policy: { number: "P", startDate: "2024-01-01", endDate: "2024-12-31" } }, outcome: "needs_review", rule: "CLM-3" },
    { name: "ELG-7 cosmetic treatment excluded", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, exclusionCodes: ["cosmetic"] }, outcome: "rejected", rule: "ELG-7" },
    { name: "ELG-7 fertility allowed on Cigna (not in its exclusions)", plan: "cigna-global", line: { categoryCode: "fertility", amountMinor: 500000, exclusionCodes: ["fertility"] }, overrides: { preAuthorisations: [{ id: "F", categoryCode: "fertility", approvedOn: "2025-01-01", validFrom: "2025-01-01" }] }, outcome: "partly_approved", rule: "PA-5" },
    { name: "ELG-8 known pre-existing condition excluded", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, preExisting: true, diagnosis: "M54" }, outcome: "rejected", rule: "ELG-8" },
    { name: "ELG-8 pre-existing condition covered by special terms", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, preExisting: true, diagnosis: "M54" }, overrides: { policy: { number: "P", startDate: "2024-01-01", specialTermsCoveredConditions: ["M54"] } }, outcome: "approved", rule: "ELG-8" },
    { name: "BEN-1 unknown category refused", plan: "ihi-bupa-top-up", line: { categoryCode: "massage" }, outcome: "rejected", rule: "BEN-1" },
    { name: "BEN-1 setting not covered refused", plan: "ihi-bupa-top-up", line: { categoryCode: "gp_consultation", setting: "in_patient" }, outcome: "rejected", rule: "BEN-1" },
    { name: "BEN-2 annual maximum reduces the payment", plan: "ihi-bupa-top-up", line: { categoryCode: "hospital_stay", setting: "in_patient", amountMinor: 5000000 }, overrides: { history: [{ date: "2025-01-05", categoryCode: "hospital_stay", claimedMinor: 600000000, paidMinor: 119900000 }] }, outcome: "partly_approved", rule: "BEN-2" },
    { name: "BEN-2 add-on raises the annual maximum", plan: "ihi-bupa-top-up", line: { categoryCode: "hospital_stay", setting: "in_patient", amountMinor: 5000000 }, overrides: { policy: { number: "P", startDate: "2024-01-01", addOns: [{ code: "evacuation", startDate: "2024-01-01" }] }, history: [{ date: "2025-01-05", categoryCode: "hospital_stay", claimedMinor: 600000000, paidMinor: 119900000 }] }, outcome: "approved" },
    { name: "BEN-3 16th GP consultation within 30 days is refused", plan: "ihi-bupa-top-up", line: { amountMinor: 50000 }, overrides: { history: [{ date: "2025-02-20", categoryCode: "gp_consultation", claimedMinor: 750000, paidMinor: 150000, quantity: 15 }] }, outcome: "rejected", rule: "BEN-3" },
    { name: "BEN-3 15 consultations in the window are allowed", plan: "ihi-bupa-top-up", line: { amountMinor: 50000 }, overrides: { history: [{ date: "2025-02-20", categoryCode: "gp_consultation", claimedMinor: 700000, paidMinor: 140000, quantity: 14 }] }, outcome: "approved" },
    { name: "BEN-3 a visit after the window is allowed again", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2025-03-08" }, overrides: { history: [{ date: "2025-02-06", categoryCode: "gp_consultation", claimedMinor: 750000, paidMinor: 150000, quantity: 15 }] }, outcome: "approved" },
    { name: "BEN-5 never more than 20 % of the invoice", plan: "ihi-bupa-top-up", line: { categoryCode: "laboratory", amountMinor: 100000, reasonableAmountMinor: 100000 }, outcome: "approved" },
    { name: "BEN-6 reduced to the usual and reasonable amount", plan: "ihi-bupa-top-up", line: { categoryCode: "hospital_stay", setting: "in_patient", amountMinor: 1000000, reasonableAmountMinor: 800000 }, outcome: "partly_approved", rule: "BEN-6" },
    { name: "CLM-1 receipt missing needs information", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, receiptPresent: false }, outcome: "needs_information", rule: "CLM-1" },
    { name: "CLM-1 prescription missing needs information", plan: "ihi-bupa-top-up", line: { categoryCode: "prescription_medicine", amountMinor: 50000, prescriptionPresent: false }, outcome: "needs_information", rule: "CLM-1" },
    { name: "CLM-3 reported within 3 months", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2024-12-10" }, outcome: "approved" },
    { name: "CLM-3 reported after 3 months goes to review", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, date: "2024-12-09" }, outcome: "needs_review", rule: "CLM-3" },
    { name: "CLM-4 referral missing needs information", plan: "ihi-bupa-top-up", line: { categoryCode: "hearing_aids", amountMinor: 300000, referralPresent: false }, outcome: "needs_information", rule: "CLM-4" },
    { name: "CLM-6 other insurance paid part: only the rest is eligible", plan: "ihi-bupa-top-up", line: { categoryCode: "hospital_stay", setting: "in_patient", amountMinor: 1000000, otherInsurance: { declared: true, paidMinor: 400000 }, paidByPublicMinor: 100000 }, outcome: "partly_approved", rule: "CLM-6" },
    { name: "CLM-6 declared other insurance without its settlement needs information", plan: "ihi-bupa-top-up", line: { amountMinor: 50000, otherInsurance: { declared: true } }, outcome: "needs_information", rule: "CLM-6" },
  ];
  it.each(table)("$name", ({ plan, line, overrides, outcome, rule }) => {
    const result = one(plan, line, overrides);
    expect(result.line.outcome).toBe(outcome);
    if (rule !== undefined) expect([...result.ruleIds, ...result.stepRules]).toContain(rule);
  });

  it("BEN-5 caps an add-on category only when it is not exempt", () => {
    // laboratory: 20 % of 1.000,00 = 200,00 ≤ 20 % of invoice → unchanged; a 100 % category is cut to 20 %
    const plan = { ...buildCase("ihi-bupa-top-up", [{}]).plan };
    const hundred = { ...plan, benefitCategories: plan.benefitCategories.map((c) => (c.code === "laboratory" ? { ...c, coveragePercent: 100, caps: {} } : c)) };
    const { line, stepRules } = one("ihi-bupa-top-up", { categoryCode: "laboratory", amountMinor: 100000 }, { plan: hundred });
    expect(line.payableMinor).toBe(20000); // 100 % of 1.000,00 = 1.000,00 → 20 % of face value = 200,00
    expect(stepRules).toContain("BEN-5");
  });
  it("CLM-6 arithmetic: 10.000 − 1.000 public − 4.000 other = 5.000 × 20 % = 1.000", () => {
    const { line } = one("ihi-bupa-top-up", { categoryCode: "hospital_stay", setting: "in_patient", amountMinor: 1000000, otherInsurance: { declared: true, paidMinor: 400000 }, paidByPublicMinor: 100000 });
    expect(line.eligibleMinor).toBe(500000);
    expect(line.payableMinor).toBe(100000);
  });
  it("reviewAbovePayableMinor sends large amounts to a handler", () => {
    const plan = { ...buildCase("ihi-bupa-top-up", [{}]).plan, reviewAbovePayableMinor: 1000 };
    expect(one("ihi-bupa-top-up", { amountMinor: 50000 }, { plan }).line.outcome).toBe("needs_review");
  });
});

describe("claim level", () => {
  it("totals, warnings and usage after the claim", () => {
    const decision = evaluateClaim(buildCase("ihi-bupa-top-up", [
      { categoryCode: "gp_consultation", amountMinor: 80000 },
      { categoryCode: "physiotherapy", amountMinor: 50000, date: "2025-03-02" },
      { categoryCode: "prescription_medicine", amountMinor: 40000, prescriptionPresent: false, date: "2025-03-03" },
    ]));
    // 125,00 + 100,00 paid; 80,00 pending (prescription missing)
    expect(decision.totals).toEqual({ claimedMinor: 170000, eligibleMinor: 170000, payableMinor: 22500, pendingMinor: 8000, deductibleMinor: 0, memberShareMinor: 107500 });
    expect(decision.outcome).toBe("needs_information");
    expect(decision.warnings.some((w) => w.ruleId === "CLM-1" && w.lineId === "3" && w.severity === "blocking")).toBe(true);
    const physio = decision.usageAfter.categories.find((c) => c.code === "physiotherapy");
    expect(physio?.limits[0]?.remaining).toBe(177500); // 1.875,00 − 100,00
    expect(decision.usageAfter.annualMaximum?.used).toBe(30500); // 125 + 100 + 80
  });
  it("lines consume caps in date order while keeping the claim's order", () => {
    const decision = evaluateClaim(buildCase("ihi-bupa-top-up", [
      { categoryCode: "dietitian", amountMinor: 100000, date: "2025-03-05" },
      { categoryCode: "dietitian", amountMinor: 100000, date: "2025-03-01" },
    ]));
    // earlier line (2): 20 % of 1.000 = 200 → yearly cap 185; later line (1) gets nothing
    expect(decision.lines.map((l) => [l.lineId, l.payableMinor])).toEqual([["1", 0], ["2", 18500]]);
    expect(decision.outcome).toBe("partly_approved");
  });
  it("all rejected and all approved claims", () => {
    expect(evaluateClaim(buildCase("ihi-bupa-top-up", [{ categoryCode: "nope" }])).outcome).toBe("rejected");
    expect(evaluateClaim(buildCase("ihi-bupa-top-up", [{ amountMinor: 10000 }])).outcome).toBe("approved");
    expect(evaluateClaim(buildCase("ihi-bupa-top-up", [{ amountMinor: 10000, date: "2024-11-01" }])).outcome).toBe("needs_review");
  });
  it("BEN-4 per-claim deductible deducted from refund", () => {
    const plan = { ...buildCase("cigna-global", [{}]).plan, deductible: { kind: "per_claim" as const, amountMinor: 50000, collection: "deducted_from_refund" as const } };
    const decision = evaluateClaim(buildCase("cigna-global", [{ amountMinor: 50000 }, { amountMinor: 50000 }], { plan }));
    // 80 % of 500 = 400 → deductible 400; second: 400 − 100 = 300
    expect(decision.lines.map((l) => l.payableMinor)).toEqual([0, 30000]);
    expect(decision.usageAfter.deductible).toBeNull();
  });
  it("per-day and per-course caps of custom plans", () => {
    const plan = buildCase("ihi-bupa-top-up", [{}]).plan;
    const custom = { ...plan, benefitCategories: plan.benefitCategories.map((c) => (c.code === "vaccination" ? { ...c, caps: { perDayMinor: 20000, perTreatmentCourseMinor: 30000 }, coveragePercent: 100, exemptFromInvoiceShare: true } : c)) };
    const decision = evaluateClaim(buildCase("ihi-bupa-top-up", [
      { categoryCode: "vaccination", amountMinor: 15000, treatmentCourseId: "K1" },
      { categoryCode: "vaccination", amountMinor: 15000, treatmentCourseId: "K1" },
      { categoryCode: "vaccination", amountMinor: 15000, treatmentCourseId: "K1", date: "2025-03-02" },
    ], { plan: custom }));
    // day cap 200: 150 + 50; course cap 300: 150 + 50 + 100
    expect(decision.lines.map((l) => l.payableMinor)).toEqual([15000, 5000, 10000]);
  });
});
