import { describe, expect, it } from "vitest";
import { continuationOffered, continuationTerms } from "./continuation";

const rules = { continuationWaitingMonthsIfLate: 6 };

describe("GRP-4 continuation terms", () => {
  it.each([
    // cover ends,   asked on,     on time, starts,       pre-existing waiting until
    ["2026-12-31", "2026-12-07", true, "2027-01-01", null],
    ["2026-12-31", "2026-12-31", true, "2027-01-01", null], // right at leaving counts
    ["2026-12-31", "2027-01-01", false, "2027-01-01", "2027-07-01"],
    ["2026-11-30", "2026-12-15", false, "2026-12-15", "2027-06-15"],
    ["2026-02-28", "2026-03-31", false, "2026-03-31", "2026-09-30"],
  ])("cover ends %s, asked %s → on time %s, starts %s, pre-existing waiting until %s", (coverEndsOn, askedOn, onTime, startDate, waitingUntil) => {
    const terms = continuationTerms(rules, coverEndsOn, askedOn);
    expect(terms.onTime).toBe(onTime);
    expect(terms.startDate).toBe(startDate);
    expect(terms.waitingPeriods).toEqual(waitingUntil ? [{ kind: "pre_existing", endsOn: waitingUntil }] : []);
    expect(terms.reason.ruleId).toBe("GRP-4");
    expect(terms.reason.en).toContain(onTime ? "without a new waiting period" : "6-month waiting period");
  });

  it("a plan without a late waiting period starts none", () => {
    expect(continuationTerms({ continuationWaitingMonthsIfLate: 0 }, "2026-12-31", "2027-02-01").waitingPeriods).toEqual([]);
  });

  it.each([
    ["employment_ended", true],
    ["left_scheme", true],
    ["no_danish_address", true],
    ["died", false],
  ])("a leaver for %s is offered continuation: %s", (reason, offered) => {
    expect(continuationOffered(reason)).toBe(offered);
  });
});
