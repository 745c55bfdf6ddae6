import { describe, expect, it } from "vitest";
import { coveredMonths, joinerPremiumChangeMinor, leaverPremiumChangeMinor, monthEnds, monthlyPremiumMinor } from "./premium";

const YEAR = { from: "2026-01-01", to: "2026-12-31" };

describe("premium (integer øre)", () => {
  it.each([
    [189_600, 15_800],
    [100_000, 8_333],
    [100_006, 8_334],
  ])("a twelfth of %i øre a year is %i øre a month", (year, month) => {
    expect(monthlyPremiumMinor(year)).toBe(month);
  });

  it.each([
    ["the whole year", "2026-01-01", null, 12],
    ["a joiner in mid-April counts April", "2026-04-15", null, 9],
    ["ended at the end of March", "2026-01-01", "2026-03-31", 3],
    ["started before the year", "2024-06-01", "2026-02-28", 2],
    ["ended before the year", "2024-06-01", "2025-11-30", 0],
    ["starts after the year", "2027-02-01", null, 0],
  ])("%s", (_name, start, end, months) => {
    expect(coveredMonths(start, end, YEAR.from, YEAR.to)).toBe(months);
  });

  it("charges a joiner the months left in the policy year", () => {
    expect(joinerPremiumChangeMinor(189_600, "2026-10-01", YEAR)).toBe(3 * 15_800);
  });

  it.each([
    ["an open enrolment ending in June", null, "2026-06-30", -6 * 15_800],
    ["an end moved from September to May", "2026-09-30", "2026-05-31", -4 * 15_800],
    ["the same end again changes nothing", "2026-05-31", "2026-05-31", 0],
  ])("credits a leaver: %s", (_name, currentEnd, endsOn, change) => {
    expect(leaverPremiumChangeMinor(189_600, "2026-01-01", currentEnd, endsOn, YEAR)).toBe(change);
  });

  it("lists the month ends of a policy year that starts mid-month", () => {
    const ends = monthEnds({ from: "2026-03-15", to: "2027-03-14" });
    expect(ends[0]).toBe("2026-03-31");
    expect(ends).toHaveLength(13);
  });
});
