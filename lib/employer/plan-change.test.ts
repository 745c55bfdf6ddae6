import { describe, expect, it } from "vitest";
import { examplePlans } from "../rules/plans";
import { planStaffChange, type ExistingEnrolment, type SchemeFacts, type StaffChange } from "./plan-change";

// The date rules of joiners and leavers, table-driven: GRP-2 (current policy year, at most 3
// months back), ELG-4 (cover ends at the end of the month employment ends), GRP-1 (the number on
// the scheme), the retroactive warning and the premium change (189,600 øre a year = 15,800 a month).

const facts: SchemeFacts = {
  plan: examplePlans["dss-group-navigation"]!,
  today: "2026-06-15",
  policyStartDate: "2026-01-01",
  employerCvr: "27182818",
  year: { from: "2026-01-01", to: "2026-12-31" },
  premiumPerYearMinor: 189_600,
};
const on: ExistingEnrolment = { enrolmentId: "e1", startDate: "2026-01-01", endDate: null };
const join = (startDate: string): StaffChange => ({ kind: "join", employeeNumber: "E1", startDate });
const leave = (employmentEndDate: string, reason: "employment_ended" | "died" = "employment_ended"): StaffChange => ({ kind: "leave", employeeNumber: "E1", employmentEndDate, reason });

describe("joiners", () => {
  it.each([
    ["today", "2026-06-15", "join", 7 * 15_800],
    ["2 months back", "2026-04-15", "join", 9 * 15_800],
    ["exactly 3 months back", "2026-03-15", "join", 10 * 15_800],
    ["3 months and a day back (GRP-2)", "2026-03-14", "refused", 0],
    ["next policy year (GRP-2)", "2027-01-01", "refused", 0],
    ["later this year", "2026-12-01", "join", 15_800],
  ])("starting %s: %s", (_name, startDate, outcome, premium) => {
    const planned = planStaffChange(facts, join(startDate), undefined);
    expect(planned.outcome).toBe(outcome);
    expect(planned.premiumChangeMinor).toBe(premium);
    if (outcome === "refused") expect(planned.refusals.map((r) => [r.ruleId, r.column])).toEqual([["GRP-2", "date"]]);
  });

  it.each([
    ["the same joiner again changes nothing", { ...on, startDate: "2026-06-01" }, "unchanged", []],
    ["another start for a number on the scheme (GRP-1)", on, "refused", [["GRP-1", "employeeNumber"]]],
  ] as const)("%s", (_name, existing, outcome, refusals) => {
    const planned = planStaffChange(facts, join("2026-06-01"), existing);
    expect(planned.outcome).toBe(outcome);
    expect(planned.refusals.map((r) => [r.ruleId, r.column])).toEqual(refusals);
  });
});

describe("leavers", () => {
  it.each([
    ["employment ends 2 months back: cover to that month's end, retroactive", "2026-04-10", "leave", "2026-04-30", true, -8 * 15_800],
    ["employment ends 4 months back (GRP-2)", "2026-02-10", "refused", null, false, 0],
    ["employment ends next month: cover to its end (ELG-4)", "2026-07-03", "leave", "2026-07-31", false, -5 * 15_800],
    ["employment ends after the policy year (GRP-2)", "2027-01-05", "refused", null, false, 0],
  ])("%s", (_name, date, outcome, endsOn, retroactive, premium) => {
    const planned = planStaffChange(facts, leave(date), on);
    expect(planned.outcome).toBe(outcome);
    expect(planned.coverEndsOn).toBe(endsOn);
    expect(planned.retroactive).toBe(retroactive);
    expect(planned.premiumChangeMinor).toBe(premium);
  });

  it("tells the retroactive liability (GRP-2) and the continuation offer (GRP-4)", () => {
    const planned = planStaffChange(facts, leave("2026-05-02"), on);
    expect(planned.reasons.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["ELG-4", "GRP-2", "GRP-4"]));
  });

  it.each([
    ["a number not on the scheme (GRP-1)", undefined, "2026-07-01", "refused", "GRP-1"],
    ["the same leaver again changes nothing", { ...on, endDate: "2026-07-31" }, "2026-07-20", "unchanged", null],
    ["a leaver whose cover already ended (ELG-4)", { ...on, endDate: "2026-05-31" }, "2026-06-20", "refused", "ELG-4"],
    ["an end before the start (ELG-4)", { ...on, startDate: "2026-08-01" }, "2026-06-20", "refused", "ELG-4"],
  ] as const)("%s", (_name, existing, date, outcome, ruleId) => {
    const planned = planStaffChange(facts, leave(date), existing);
    expect(planned.outcome).toBe(outcome);
    expect(planned.refusals[0]?.ruleId ?? null).toBe(ruleId);
  });
});
