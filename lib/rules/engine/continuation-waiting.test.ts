import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { examplePlans } from "../plans/index";
import { claimCaseSchema } from "../schema/claimCase";
import { buildCase } from "../testing/caseBuilder";
import { evaluateClaim } from "./evaluateClaim";

/**
 * Issue 12 point 6 (GRP-4) in the engine: a continuation runs the waiting periods from the group
 * enrolment's start (none starts anew); asked for late, pre-existing conditions wait until the
 * recorded day (its first day covered). An individual plan that covers pre-existing conditions
 * and waives nothing on transfer, so only the continuation's terms decide.
 */
const base = examplePlans["ihi-bupa-top-up"]!;
const plan = { ...base, preExistingConditionsExcluded: false, waitingPeriods: { ...base.waitingPeriods, waivedOnDocumentedTransfer: false } };
const GROUP_START = "2024-01-01";
const ON_TIME = { startDate: "2027-01-01", waitingPeriodsFrom: GROUP_START };
const LATE = { startDate: "2027-01-15", waitingPeriodsFrom: GROUP_START, preExistingWaitingEndsOn: "2027-07-15" };
const FRESH = { startDate: "2027-01-01" };

function evaluate(enrolment: typeof ON_TIME | typeof LATE | typeof FRESH, date: string, preExisting: boolean, planOverride = plan) {
  const decision = evaluateClaim(buildCase("ihi-bupa-top-up", [{ date, preExisting, amountMinor: 50_000 }], {
    plan: planOverride,
    // Claimed soon after the treatment, so CLM-3 says nothing.
    today: addDays(date, 10),
    policy: { number: "P", startDate: enrolment.startDate },
    person: { id: "p", role: "main", enrolment },
  }));
  const line = decision.lines[0]!;
  return { outcome: line.outcome, ruleIds: line.reasons.map((r) => r.ruleId), reasons: line.reasons };
}

describe("GRP-4: the continuation's waiting periods", () => {
  const table = [
    { name: "late, pre-existing, the day before the end: refused under GRP-4", enrolment: LATE, date: "2027-07-14", preExisting: true, outcome: "rejected", cites: "GRP-4" },
    { name: "late, pre-existing, on the end date: covered", enrolment: LATE, date: "2027-07-15", preExisting: true, outcome: "approved", cites: undefined },
    { name: "late, pre-existing, the first day of cover: refused under GRP-4", enrolment: LATE, date: "2027-01-15", preExisting: true, outcome: "rejected", cites: "GRP-4" },
    { name: "late, not pre-existing, in the plan's first 4 weeks: no general waiting period anew", enrolment: LATE, date: "2027-01-20", preExisting: false, outcome: "approved", cites: undefined },
    { name: "on time, pre-existing, in the first week: no waiting period", enrolment: ON_TIME, date: "2027-01-05", preExisting: true, outcome: "approved", cites: undefined },
    { name: "on time, not pre-existing, in the first week: no general waiting period anew", enrolment: ON_TIME, date: "2027-01-05", preExisting: false, outcome: "approved", cites: undefined },
    { name: "no continuation (fresh enrolment), in the first week: the general waiting period (control)", enrolment: FRESH, date: "2027-01-05", preExisting: false, outcome: "rejected", cites: "ELG-2" },
  ] as const;

  it.each(table)("$name", ({ enrolment, date, preExisting, outcome, cites }) => {
    const result = evaluate(enrolment, date, preExisting);
    expect(result.outcome).toBe(outcome);
    if (cites !== undefined) expect(result.ruleIds).toContain(cites);
    if (cites !== "ELG-2") expect(result.ruleIds).not.toContain("ELG-2");
    if (cites !== "GRP-4") expect(result.ruleIds).not.toContain("GRP-4");
  });

  it("the GRP-4 refusal names ELG-2 and the end date in Danish and English", () => {
    const reason = evaluate(LATE, "2027-07-14", true).reasons.find((r) => r.ruleId === "GRP-4")!;
    expect(reason.da).toContain("ELG-2");
    expect(reason.da).toContain("2027-07-15");
    expect(reason.da).toContain("karensperioden for eksisterende lidelser");
    expect(reason.en).toContain("ELG-2");
    expect(reason.en).toContain("until 2027-07-15");
  });

  it("on a plan that excludes pre-existing conditions, the late period refuses under GRP-4 and ELG-8 decides after it", () => {
    expect(evaluate(LATE, "2027-07-14", true, base).ruleIds).toEqual(expect.arrayContaining(["GRP-4"]));
    expect(evaluate(LATE, "2027-07-14", true, base).ruleIds).not.toContain("ELG-8");
    expect(evaluate(LATE, "2027-07-15", true, base).ruleIds).toContain("ELG-8");
  });

  it("the schema refuses waiting periods that run from after the enrolment starts", () => {
    const input = buildCase("ihi-bupa-top-up", [{ date: "2027-02-01" }], { today: "2027-08-01", policy: { number: "P", startDate: "2027-01-01" }, person: { id: "p", role: "main", enrolment: ON_TIME } });
    const bad = claimCaseSchema.safeParse({ ...input, person: { ...input.person, enrolment: { ...input.person.enrolment, waitingPeriodsFrom: "2027-01-02" } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["person", "enrolment", "waitingPeriodsFrom"]);
    expect(claimCaseSchema.safeParse({ ...input, person: { ...input.person, enrolment: { ...input.person.enrolment, preExistingWaitingEndsOn: "2027-13-01" } } }).success).toBe(false);
  });
});
