import { describe, expect, it } from "vitest";
import { examplePlans } from "../plans/index";
import { ageMilestones, dueAgeNotices, upcomingMilestones } from "./age-events";
import { checkCpr, cprBirthDate, normaliseCpr } from "./cpr";
import { checkGrant, grantState, latestGrantEnd, renewedPeriod } from "./grants";
import { newbornDeadline } from "./newborn";

describe("CPR numbers (bad input beside the field)", () => {
  it.each([
    ["120384-1234", "1984-03-12"],
    ["1203841234", "1984-03-12"],
    ["010120-4123", "2020-01-01"], // 7th digit 4, year ≤ 36: 2000s
    ["010150-4123", "1950-01-01"], // 7th digit 4, year > 36: 1900s
    ["010110-5123", "2010-01-01"], // 5–8, year ≤ 57: 2000s
    ["010160-5123", "1860-01-01"], // 5–8, year > 57: 1800s
    ["010199-9123", "1999-01-01"],
    ["010105-9123", "2005-01-01"],
  ])("%s names %s", (cpr, birth) => {
    expect(cprBirthDate(cpr)).toBe(birth);
    expect(checkCpr(cpr, birth)).toBeUndefined();
  });

  it.each([
    ["12038-1234", "format"],
    ["120384_1234", "format"],
    ["abcdef-1234", "format"],
    ["", "format"],
    ["310284-1234", "date"], // 31 February
    ["001384-1234", "date"],
  ] as const)("%s → %s", (cpr, problem) => {
    expect(checkCpr(cpr, undefined)).toBe(problem);
  });

  it("the number must name the birth date typed beside it", () => {
    expect(checkCpr("120384-1234", "1984-03-13")).toBe("mismatch");
  });

  it("is stored with the dash", () => {
    expect(normaliseCpr("1203841234")).toBe("120384-1234");
    expect(normaliseCpr(" 120384-1234 ")).toBe("120384-1234");
  });
});

describe("consent and power of attorney periods (ACC-3)", () => {
  const base = { today: "2026-12-02", validFrom: "2026-12-02", validTo: "2027-12-01", grantorPersonId: "lars", granteePersonId: "mette", grantee: { onPolicy: true, age: 42 } };

  it("at most 12 months from the start (less a day), starting today or later", () => {
    expect(checkGrant(base)).toEqual([]);
    expect(latestGrantEnd("2026-12-02")).toBe("2027-12-01");
    expect(latestGrantEnd("2028-02-29")).toBe("2029-02-27");
    expect(checkGrant({ ...base, validTo: "2027-12-02" })).toEqual([{ field: "validTo", problem: "tooLong" }]);
    expect(checkGrant({ ...base, validFrom: "2026-12-01", validTo: "2027-11-30" })).toEqual([{ field: "validFrom", problem: "startInPast" }]);
    expect(checkGrant({ ...base, validFrom: "2027-01-10", validTo: "2027-01-09" })).toEqual([{ field: "validTo", problem: "endBeforeStart" }]);
  });

  it.each([
    ["to themself", { granteePersonId: "lars" }, "selfGrant"],
    ["to someone not on the policy", { grantee: undefined }, "granteeNotOnPolicy"],
    ["to someone who left the policy", { grantee: { onPolicy: false, age: 42 } }, "granteeNotOnPolicy"],
    ["to a child", { grantee: { onPolicy: true, age: 16 } }, "granteeNotAdult"],
  ] as const)("refused %s", (_name, change, problem) => {
    expect(checkGrant({ ...base, ...change })).toEqual([{ field: "granteePersonId", problem }]);
  });

  it("a renewal runs 12 months from today, or from a start still ahead", () => {
    expect(renewedPeriod("2026-12-02", "2026-01-15")).toEqual({ validFrom: "2026-12-02", validTo: "2027-12-01" });
    expect(renewedPeriod("2026-12-02", "2027-01-01")).toEqual({ validFrom: "2027-01-01", validTo: "2027-12-31" });
  });

  it.each([
    [{ validFrom: null, validTo: null, withdrawn: false }, "active"],
    [{ validFrom: "2026-12-02", validTo: "2026-12-02", withdrawn: false }, "active"],
    [{ validFrom: "2026-12-03", validTo: "2027-01-01", withdrawn: false }, "scheduled"],
    [{ validFrom: "2026-01-01", validTo: "2026-12-01", withdrawn: false }, "expired"],
    [{ validFrom: "2026-01-01", validTo: "2027-01-01", withdrawn: true }, "withdrawn"],
  ] as const)("%o is %s on 2026-12-02", (grant, state) => {
    expect(grantState(grant, "2026-12-02")).toBe(state);
  });
});

describe("age events: 15 (own health data), 18 (adult), the plan's child limit", () => {
  const milestones = ageMilestones("2011-02-10", { ownHealthDataFrom: 15, childLimit: 16 });

  it("lists the birthdays in order", () => {
    expect(milestones).toEqual([
      { milestone: "OWN_HEALTH_DATA", age: 15, on: "2026-02-10" },
      { milestone: "CHILD_LIMIT", age: 16, on: "2027-02-10" },
      { milestone: "ADULT", age: 18, on: "2029-02-10" },
    ]);
    expect(ageMilestones("2011-02-10", { ownHealthDataFrom: 16, childLimit: undefined }).map((m) => m.milestone)).toEqual(["OWN_HEALTH_DATA", "ADULT"]);
  });

  it.each([
    ["2025-12-12", [60]], // exactly 60 days before the 15th birthday
    ["2025-12-11", []],
    ["2026-01-11", [30]],
    ["2026-01-20", [30]], // a missed day still sends the latest notice
    ["2026-02-10", [0]], // on the day
    ["2026-02-11", []],
  ] as const)("on %s the notices due for the 15th birthday: %o", (today, days) => {
    expect(dueAgeNotices(milestones, today).filter((n) => n.milestone === "OWN_HEALTH_DATA").map((n) => n.daysBefore)).toEqual(days);
  });

  it("the overview shows what happens within 60 days", () => {
    expect(upcomingMilestones(milestones, "2026-01-01")).toEqual([{ milestone: "OWN_HEALTH_DATA", age: 15, on: "2026-02-10", daysLeft: 40 }]);
    expect(upcomingMilestones(milestones, "2026-02-11")).toEqual([]);
  });
});

describe("FAM-3 newborn deadline", () => {
  it("3 months from the birth on the top-up plan, counting down", () => {
    expect(newbornDeadline(examplePlans["ihi-bupa-top-up"]!, "2026-10-20", "2026-12-02")).toEqual({ registerBy: "2027-01-20", daysLeft: 49 });
    expect(newbornDeadline(examplePlans["ihi-bupa-top-up"]!, "2026-08-01", "2026-12-02")?.daysLeft).toBe(-31);
  });
  it("no deadline where the plan has no newborn rule", () => {
    expect(newbornDeadline(examplePlans["cigna-global"]!, "2026-10-20", "2026-12-02")).toBeUndefined();
  });
});
