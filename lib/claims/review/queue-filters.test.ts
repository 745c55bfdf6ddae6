import { describe, expect, it } from "vitest";
import { copenhagenDayStart, queueFiltersSchema } from "./queue-filters";

describe("queue filters", () => {
  it.each([
    [{}, {}],
    [{ status: "IN_REVIEW", overdue: "1", mine: "1" }, { status: "IN_REVIEW", overdue: "1", mine: "1" }],
    [{ status: "DECIDED", overdue: "yes", plan: "not-a-uuid", mine: "0" }, {}],
    [{ plan: "0195f7a4-3c9e-7000-8000-000000000001" }, { plan: "0195f7a4-3c9e-7000-8000-000000000001" }],
  ])("%j → %j", (input, expected) => {
    const parsed = queueFiltersSchema.parse(input);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"],
    ["2026-07-15", "2026-07-14T22:00:00.000Z"],
    ["2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-10-25", "2026-10-24T22:00:00.000Z"],
  ])("a Copenhagen day %s begins at %s", (day, instant) => {
    expect(copenhagenDayStart(day).toISOString()).toBe(instant);
  });
});
