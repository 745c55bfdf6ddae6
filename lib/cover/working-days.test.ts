import { describe, expect, it } from "vitest";
import { addWorkingDays, danishHolidays, isWorkingDay, workingDaysBetween } from "./working-days";

describe("Danish working days (CLM-5 targets)", () => {
  it.each([
    ["2026-11-20", true, "a Friday"],
    ["2026-11-21", false, "a Saturday"],
    ["2026-11-22", false, "a Sunday"],
    ["2026-04-03", false, "Langfredag 2026"],
    ["2026-04-06", false, "2. påskedag 2026"],
    ["2026-05-14", false, "Kristi himmelfart 2026"],
    ["2026-06-05", false, "Grundlovsdag"],
    ["2026-12-24", false, "Juleaften"],
    ["2023-05-05", false, "Store bededag 2023"],
    ["2024-04-26", true, "the former Store bededag, abolished from 2024"],
  ])("%s is a working day: %s (%s)", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-11-16", 5, "2026-11-23", "Monday + 5 → next Monday"],
    ["2026-11-20", 5, "2026-11-27", "Friday + 5 skips the weekend"],
    ["2026-12-21", 5, "2026-12-30", "22, 23, (24–27 closed), 28, 29, 30 December"],
    ["2026-03-30", 5, "2026-04-09", "31 Mar, 1 Apr, (2–6 Easter closed), 7, 8, 9 April"],
    ["2026-11-21", 0, "2026-11-21", "zero days is the same day"],
  ])("%s + %i working days = %s (%s)", (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it.each([
    ["2026-11-16", "2026-11-23", 5],
    ["2026-11-23", "2026-11-16", -5],
    ["2026-11-21", "2026-11-21", 0],
  ])("working days from %s to %s = %i", (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it("knows 2026's Easter-based holidays", () => {
    expect([...danishHolidays(2026)].filter((d) => d.startsWith("2026-0")).sort()).toEqual([
      "2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-05-25", "2026-06-05",
    ]);
  });
});
