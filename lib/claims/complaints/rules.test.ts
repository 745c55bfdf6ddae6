import { describe, expect, it } from "vitest";
import { copenhagenDay } from "../../i18n/format";
import { complaintBlock, complaintDueAt } from "./rules";

describe("complaintDueAt (CLM-5: 7 working days)", () => {
  it.each([
    // received (instant), due on (Copenhagen day)
    ["2026-12-07T10:00:00Z", "2026-12-16", "a Monday: the Wednesday of the next week"],
    ["2026-12-11T15:00:00Z", "2026-12-22", "a Friday: the weekend does not count"],
    ["2026-12-18T09:00:00Z", "2027-01-04", "over Christmas and New Year (24-26 and 31 Dec, 1 Jan closed)"],
    ["2027-03-24T09:00:00Z", "2027-04-07", "over Easter 2027 (Thursday 25 March to Monday 29 March)"],
    ["2026-12-06T23:30:00Z", "2026-12-16", "00:30 Monday in Copenhagen counts from Monday"],
    ["2026-06-26T22:30:00Z", "2026-07-07", "00:30 Saturday in summer time counts from Saturday"],
  ])("received %s → due %s (%s)", (received, dueDay) => {
    const due = complaintDueAt(new Date(received));
    expect(copenhagenDay(due)).toBe(dueDay);
    // The end of that day: one millisecond later is the next Copenhagen day.
    expect(copenhagenDay(new Date(due.getTime() + 1))).not.toBe(dueDay);
  });
});

describe("complaintBlock: one complaint per decision", () => {
  const decidedAt = new Date("2026-11-01T10:00:00Z");
  const before = new Date("2026-10-01T10:00:00Z");
  const after = new Date("2026-11-02T10:00:00Z");
  it.each([
    ["a decided claim without complaints", { status: "DECIDED", decidedAt, complaints: [] }, null],
    ["a paid claim", { status: "PAID", decidedAt, complaints: [] }, null],
    ["a claim in review", { status: "IN_REVIEW", decidedAt: null, complaints: [] }, "notDecided"],
    ["a draft", { status: "DRAFT", decidedAt: null, complaints: [] }, "notDecided"],
    ["an open complaint", { status: "DECIDED", decidedAt, complaints: [{ status: "OPEN", receivedAt: after }] }, "alreadyOpen"],
    ["a refused complaint about this decision", { status: "DECIDED", decidedAt, complaints: [{ status: "REFUSED", receivedAt: after }] }, "alreadyComplained"],
    ["an upheld complaint about an earlier decision", { status: "DECIDED", decidedAt, complaints: [{ status: "UPHELD", receivedAt: before }] }, null],
    ["a decided claim without a decision time and a decided complaint", { status: "DECIDED", decidedAt: null, complaints: [{ status: "REFUSED", receivedAt: before }] }, "alreadyComplained"],
  ])("%s → %s", (_name, facts, block) => {
    expect(complaintBlock(facts)).toBe(block);
  });
});
