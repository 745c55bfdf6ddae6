import { describe, expect, it } from "vitest";
import * as api from "./index";
import { checkPreAuthorisation, preAuthorisationQuestionSchema } from "./preAuthorisation";
import { summariseUsage, usageQuestionSchema } from "./usage";
import { resolveClaimCase, parseAndEvaluateClaim } from "./evaluate";
import { examplePlanInputs, examplePlans } from "./plans/index";
import { planSchema } from "./schema/plan";
import { claimCaseSchema } from "./schema/claimCase";
import ihiCase from "./examples/ihi-top-up-gp-and-physio.json";
import groupCases from "./examples/dss-group-patient-association.json";
import invalidCase from "./examples/invalid-case.json";

const cigna = examplePlans["cigna-global"]!;
const ask = (treatment: Record<string, unknown>, history: unknown[] = [], extra: Record<string, unknown> = {}) =>
  checkPreAuthorisation(preAuthorisationQuestionSchema.parse({ plan: cigna, policyStartDate: "2025-01-01", history, treatment, ...extra }));

describe("example plans", () => {
  it.each(Object.entries(examplePlanInputs))("%s validates and is plain JSON", (code, input) => {
    const parsed = planSchema.parse(input);
    expect(parsed.code).toBe(code);
    expect(JSON.parse(JSON.stringify(examplePlans[code]))).toEqual(examplePlans[code]);
    for (const category of parsed.benefitCategories) {
      expect(category.label.da.length).toBeGreaterThan(0);
      expect(category.label.en.length).toBeGreaterThan(0);
    }
  });
  it("refuses a broken plan with every path", () => {
    const plan = { ...examplePlanInputs["ihi-bupa-top-up"], currency: "dkk", benefitCategories: [{ code: "A B", coveragePercent: 120 }] };
    const result = api.safeParseWithIssues(planSchema, plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["currency", "benefitCategories.0.code", "benefitCategories.0.label", "benefitCategories.0.coveragePercent"]));
  });
  it("refuses plan references to unknown categories and add-ons, and duplicate codes", () => {
    const base = examplePlanInputs["cigna-global"]!;
    const broken = {
      ...base,
      kind: "group",
      benefitCategories: [
        ...base.benefitCategories,
        { ...base.benefitCategories[0], addOnTiers: [{ addOnCode: "nope" }], waitingPeriod: "orthodontics" },
        { code: "x", label: { da: "x", en: "x" }, coveragePercent: 10, preAuthorisation: { kind: "after_treatments", freeTreatments: 1, countedWith: ["ghost"] } },
      ],
      limitGroups: [{ code: "g", label: { da: "g", en: "g" }, categoryCodes: ["ghost"], addOnTiers: [{ addOnCode: "nope", perPolicyYearMinor: 1 }] }],
    };
    const result = api.safeParseWithIssues(planSchema, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBe(7);
  });
});

describe("checkPreAuthorisation (PA-1, PA-2, PA-4)", () => {
  it("PA-2 physiotherapy 8 of 10: no approval needed yet", () => {
    const answer = ask({ categoryCode: "physiotherapy", date: "2025-05-01" }, [{ date: "2025-02-01", categoryCode: "physiotherapy", claimedMinor: 1, paidMinor: 1, quantity: 8 }]);
    expect(answer.needed).toBe(false);
    expect(answer.treatmentCount).toEqual({ soFar: 8, free: 10, categories: ["physiotherapy", "chiropractic", "osteopathy"] });
  });
  it("PA-2 the 11th treatment needs approval; without it PA-4 reduces by 20 %", () => {
    const answer = ask({ categoryCode: "osteopathy", date: "2025-05-01" }, [{ date: "2025-02-01", categoryCode: "physiotherapy", claimedMinor: 1, paidMinor: 1, quantity: 10 }]);
    expect(answer.needed).toBe(true);
    expect(answer.ruleId).toBe("PA-2");
    expect(answer.withoutApproval).toEqual({ action: "reduce", percent: 20 });
    expect(answer.reasons.map((r) => r.ruleId)).toEqual(["PA-2", "PA-2", "PA-4"]);
  });
  it("PA-1 in-patient treatment in the USA: 50 % without approval; already approved", () => {
    expect(ask({ categoryCode: "in_patient_treatment", setting: "in_patient", country: "US", date: "2025-05-01" }).withoutApproval).toEqual({ action: "reduce", percent: 50 });
    const approved = ask({ categoryCode: "in_patient_treatment", setting: "in_patient", date: "2025-05-01" }, [], {
      guarantees: [{ id: "G", categoryCode: "in_patient_treatment", amountMinor: 100, issuedOn: "2025-04-01", validFrom: "2025-04-01" }],
    });
    expect(approved.alreadyApprovedBy).toBe("G");
    expect(ask({ categoryCode: "day_patient_treatment", setting: "day_patient", date: "2025-05-01" }).ruleId).toBe("PA-1");
  });
  it("PA-4 refusal on the DSS private plan", () => {
    const answer = checkPreAuthorisation(preAuthorisationQuestionSchema.parse({ plan: examplePlans["dss-private"], policyStartDate: "2025-01-01", treatment: { categoryCode: "physiotherapy", date: "2025-05-01" } }));
    expect(answer.needed).toBe(true);
    expect(answer.withoutApproval).toEqual({ action: "refuse" });
  });
});

describe("summariseUsage", () => {
  it("reports used and remaining and the PA-2 counter", () => {
    const usage = summariseUsage(usageQuestionSchema.parse({
      plan: cigna, policy: { number: "P", startDate: "2025-01-01" }, asOf: "2025-05-01",
      history: [{ date: "2025-02-01", categoryCode: "physiotherapy", claimedMinor: 100000, paidMinor: 40000, deductibleMinor: 40000, quantity: 8 }],
    }));
    expect(usage.counters[0]?.en).toBe("Physiotherapy, chiropractic, osteopathy: 8 of 10 treatments before pre-authorisation is needed.");
    expect(usage.deductible?.remaining).toBe(110000);
    const over = summariseUsage(usageQuestionSchema.parse({
      plan: cigna, policy: { number: "P", startDate: "2025-01-01" }, asOf: "2025-05-01",
      history: [{ date: "2025-02-01", categoryCode: "osteopathy", claimedMinor: 1, paidMinor: 1, quantity: 12 }],
    }));
    expect(over.counters[0]?.en).toBe("Physiotherapy, chiropractic, osteopathy: 12 treatments; pre-authorisation is needed from treatment 11.");
    expect(usage.annualMaximum?.remaining).toBe(750000000 - 40000);
    expect(usage.policyYear).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });
  it("counts visits in the window and add-on limits", () => {
    const ihi = examplePlans["ihi-bupa-top-up"]!;
    const usage = summariseUsage(usageQuestionSchema.parse({
      plan: ihi, policy: { number: "P", startDate: "2024-01-01", addOns: [{ code: "dental_optical_basic", startDate: "2024-01-01" }] }, asOf: "2025-03-10",
      history: [{ date: "2025-03-01", categoryCode: "gp_consultation", claimedMinor: 50000, paidMinor: 10000, quantity: 3 }],
    }));
    expect(usage.limitGroups.find((g) => g.code === "gp_consultations")?.limits[0]?.used).toBe(3);
    expect(usage.limitGroups.find((g) => g.code === "general_dental")?.limits[0]?.limit).toBe(3500000);
    expect(usage.categories.find((c) => c.code === "glasses")?.limits[0]?.limit).toBe(96000);
  });
});

describe("resolveClaimCase / parseAndEvaluateClaim", () => {
  it("evaluates example files with a plan by name", () => {
    const result = parseAndEvaluateClaim(ihiCase);
    expect(result.ok && result.value.totals.payableMinor).toBe(22500);
    for (const c of groupCases) expect(parseAndEvaluateClaim(c).ok).toBe(true);
  });
  it("refuses bad input with every path", () => {
    const result = resolveClaimCase(invalidCase);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(["today", "claim.lines.0.amountMinor"]);
    const unknown = resolveClaimCase({ ...ihiCase, plan: "no-such-plan" });
    expect(!unknown.ok && unknown.issues[0]?.message).toContain("unknown plan");
  });
  it("refuses mixed currencies, duplicate ids and future dates", () => {
    const bad = {
      ...ihiCase,
      history: [{ date: "2025-01-01", categoryCode: "gp_consultation", claimedMinor: 1, paidMinor: 5, currency: "EUR" }],
      guarantees: [{ id: "G", categoryCode: "x", amountMinor: 1, currency: "SEK", issuedOn: "2025-01-01", validFrom: "2025-01-01" }],
      policy: { number: "P", startDate: "2025-01-01", endDate: "2024-01-01" },
      person: { id: "p", role: "main", enrolment: { startDate: "2025-01-01", endDate: "2024-01-01" } },
      claim: { id: "C", currency: "EUR", lines: [
        { id: "1", date: "2025-04-01", categoryCode: "gp_consultation", amountMinor: 1, currency: "SEK" },
        { id: "1", date: "2025-01-01", categoryCode: "gp_consultation", amountMinor: 1 },
      ] },
    };
    const result = resolveClaimCase(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path).sort()).toEqual([
        "claim.currency", "claim.lines.0.currency", "claim.lines.0.date", "claim.lines.1.id", "guarantees.0.currency",
        "history.0.currency", "history.0.paidMinor", "person.enrolment.endDate", "policy.endDate",
      ]);
      expect(result.issues.find((i) => i.path === "claim.currency")?.message).toContain("mixing currencies");
    }
    expect(claimCaseSchema.safeParse({ ...bad, plan: examplePlans["ihi-bupa-top-up"] }).success).toBe(false);
  });
  it("exports the documented API", () => {
    for (const name of ["evaluateClaim", "checkPreAuthorisation", "checkFamilyChange", "checkGroupEnrolmentChange", "summariseUsage", "formatMoney", "planSchema", "claimCaseSchema", "claimDecisionSchema", "moneySchema", "isoDateSchema", "RULE_IDS", "examplePlans", "formatZodIssues"]) {
      expect(api).toHaveProperty(name);
    }
  });
});
