import { describe, expect, it } from "vitest";
import { copenhagenLocalTime } from "./request-schema";
import { answerDueAt, hoursAfterStart, hoursLeft, instantOfCopenhagenLocal } from "./status";

describe("the 48-hour clock (GOP-2, PA-3)", () => {
  it("answers are due 48 hours after submit", () => {
    expect(answerDueAt(new Date("2026-12-01T10:15:00Z")).toISOString()).toBe("2026-12-03T10:15:00.000Z");
  });
  it.each([
    ["2026-12-03T10:15:00Z", "2026-12-01T10:15:00Z", 48],
    ["2026-12-03T10:15:00Z", "2026-12-03T09:15:01Z", 0],
    ["2026-12-03T10:15:00Z", "2026-12-03T11:15:00Z", -1],
  ])("hoursLeft(%s) at %s = %i", (due, now, hours) => {
    expect(hoursLeft(due, new Date(now))).toBe(hours);
  });
  it("PA-3 counts hours after the treatment began", () => {
    expect(hoursAfterStart(new Date("2026-12-01T10:00:00Z"), new Date("2026-12-03T12:00:00Z"))).toBe(50);
  });
  it.each([
    ["2026-12-01T10:30", "2026-12-01T09:30:00.000Z"], // winter: +01:00
    ["2026-07-01T10:30", "2026-07-01T08:30:00.000Z"], // summer: +02:00
  ])("a Copenhagen wall time %s is the instant %s", (local, iso) => {
    expect(instantOfCopenhagenLocal(local, copenhagenLocalTime).toISOString()).toBe(iso);
  });
});
