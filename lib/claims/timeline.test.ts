import { describe, expect, it } from "vitest";
import { buildTimeline, isOverdue, type TimelineEventInput, type TimelineInput } from "./timeline";

const NOW = "2026-11-21T10:00:00.000Z";
const base: TimelineInput = { status: "SUBMITTED", events: [], submittedAt: null, dueAt: null, decidedAt: null, paidAt: null, payableTotalMinor: null, now: NOW };
const ev = (kind: TimelineEventInput["kind"], at: string, data?: unknown): TimelineEventInput => ({ kind, at: `${at}:00.000Z`, data });
const summary = (input: Partial<TimelineInput>) => {
  const timeline = buildTimeline({ ...base, ...input });
  return {
    entries: timeline.entries.map((entry) => `${entry.key}:${entry.state}:${entry.at?.slice(0, 10) ?? "-"}${entry.automatic ? ":auto" : ""}`),
    next: `${timeline.next.key}:${timeline.next.date?.slice(0, 10) ?? "-"}`,
  };
};

describe("buildTimeline", () => {
  const cases: { name: string; input: Partial<TimelineInput>; entries: string[]; next: string }[] = [
    {
      name: "a draft has no milestones yet",
      input: { status: "DRAFT", events: [ev("DRAFT_SAVED", "2026-11-18T20:00")] },
      entries: [],
      next: "draft:-",
    },
    {
      name: "just submitted: received, decision due by dueAt (CLM-5), payment after",
      input: { status: "SUBMITTED", submittedAt: "2026-11-20T08:00:00.000Z", dueAt: "2026-11-27T08:00:00.000Z", events: [ev("RECEIVED", "2026-11-20T08:00")] },
      entries: ["received:done:2026-11-20", "decided:upcoming:2026-11-27", "paid:upcoming:-"],
      next: "submitted:2026-11-27",
    },
    {
      name: "in review before the target",
      input: {
        status: "IN_REVIEW",
        submittedAt: "2026-11-17T19:40:00.000Z",
        dueAt: "2026-11-24T19:40:00.000Z",
        events: [ev("IN_REVIEW", "2026-11-18T09:02"), ev("RECEIVED", "2026-11-17T19:40"), ev("MESSAGE", "2026-11-18T10:00")],
      },
      entries: ["received:done:2026-11-17", "inReview:done:2026-11-18", "decided:upcoming:2026-11-24", "paid:upcoming:-"],
      next: "inReview:2026-11-24",
    },
    {
      name: "in review past the target is overdue",
      input: { status: "IN_REVIEW", submittedAt: "2026-11-01T10:00:00.000Z", dueAt: "2026-11-07T10:00:00.000Z", events: [ev("RECEIVED", "2026-11-01T10:00")] },
      entries: ["received:done:2026-11-01", "decided:upcoming:2026-11-07", "paid:upcoming:-"],
      next: "overdue:2026-11-07",
    },
    {
      name: "information requested: no decision date until the member answers",
      input: {
        status: "INFORMATION_REQUESTED",
        submittedAt: "2026-11-10T12:00:00.000Z",
        dueAt: "2026-11-17T12:00:00.000Z",
        events: [ev("RECEIVED", "2026-11-10T12:00"), ev("INFORMATION_REQUESTED", "2026-11-11T10:30", { reason: "Send the referral", ruleId: "CLM-4" })],
      },
      entries: ["received:done:2026-11-10", "informationRequested:done:2026-11-11", "decided:upcoming:-", "paid:upcoming:-"],
      next: "informationRequested:-",
    },
    {
      name: "information provided puts the claim back in review",
      input: {
        status: "IN_REVIEW",
        submittedAt: "2026-11-16T12:00:00.000Z",
        dueAt: "2026-11-23T12:00:00.000Z",
        events: [ev("RECEIVED", "2026-11-16T12:00"), ev("INFORMATION_REQUESTED", "2026-11-17T10:30"), ev("INFORMATION_PROVIDED", "2026-11-19T08:00")],
      },
      entries: ["received:done:2026-11-16", "informationRequested:done:2026-11-17", "informationProvided:done:2026-11-19", "decided:upcoming:2026-11-23", "paid:upcoming:-"],
      next: "inReview:2026-11-23",
    },
    {
      name: "auto-decided: AUTO_DECIDED + DECIDED is one automatic decision; refund within 2 weeks",
      input: {
        status: "DECIDED",
        submittedAt: "2026-11-19T08:00:00.000Z",
        decidedAt: "2026-11-19T08:00:05.000Z",
        payableTotalMinor: 41_600,
        events: [ev("RECEIVED", "2026-11-19T08:00"), { kind: "AUTO_DECIDED", at: "2026-11-19T08:00:05.000Z" }, { kind: "DECIDED", at: "2026-11-19T08:00:05.000Z" }, ev("SETTLEMENT_ISSUED", "2026-11-19T08:01")],
      },
      entries: ["received:done:2026-11-19", "decided:done:2026-11-19:auto", "settlementIssued:done:2026-11-19", "paid:upcoming:2026-12-03"],
      next: "decidedPayment:2026-12-03",
    },
    {
      name: "decided with nothing to pay: no payment milestone",
      input: { status: "DECIDED", submittedAt: "2026-11-19T08:00:00.000Z", decidedAt: "2026-11-20T08:00:00.000Z", payableTotalMinor: 0, events: [ev("RECEIVED", "2026-11-19T08:00"), ev("DECIDED", "2026-11-20T08:00")] },
      entries: ["received:done:2026-11-19", "decided:done:2026-11-20"],
      next: "decidedNoPayment:-",
    },
    {
      name: "paid: every milestone done, the next step names the payment date",
      input: {
        status: "PAID",
        submittedAt: "2026-09-02T08:15:00.000Z",
        decidedAt: "2026-09-02T08:15:05.000Z",
        paidAt: "2026-09-09T06:00:00.000Z",
        payableTotalMinor: 83_200,
        events: [ev("RECEIVED", "2026-09-02T08:15"), { kind: "AUTO_DECIDED", at: "2026-09-02T08:15:05.000Z" }, { kind: "DECIDED", at: "2026-09-02T08:15:05.000Z" }, ev("PAID", "2026-09-09T06:00")],
      },
      entries: ["received:done:2026-09-02", "decided:done:2026-09-02:auto", "paid:done:2026-09-09"],
      next: "paid:2026-09-09",
    },
    {
      name: "withdrawn",
      input: { status: "WITHDRAWN", submittedAt: "2026-11-01T10:00:00.000Z", events: [ev("RECEIVED", "2026-11-01T10:00"), ev("WITHDRAWN", "2026-11-02T10:00")] },
      entries: ["received:done:2026-11-01", "withdrawn:done:2026-11-02"],
      next: "withdrawn:-",
    },
    {
      name: "a missing RECEIVED event is filled in from submittedAt",
      input: { status: "SUBMITTED", submittedAt: "2026-11-20T08:00:00.000Z", dueAt: "2026-11-27T08:00:00.000Z", events: [] },
      entries: ["received:done:2026-11-20", "decided:upcoming:2026-11-27", "paid:upcoming:-"],
      next: "submitted:2026-11-27",
    },
  ];

  it.each(cases)("$name", ({ input, entries, next }) => {
    expect(summary(input)).toEqual({ entries, next });
  });

  // CLM-5: the target is a Copenhagen calendar day. Submit stores dueAt as 21:59:59Z on that day
  // (22:59 in winter, 23:59 in summer); the information-response flow stores 09:00Z.
  describe("overdue on the Copenhagen calendar day, not in UTC", () => {
    const overdueCases: { name: string; dueAt: string; now: string; overdue: boolean }[] = [
      { name: "winter: 23:30 Copenhagen on the due day (22:30Z) is still on time", dueAt: "2026-01-15T21:59:59.000Z", now: "2026-01-15T22:30:00.000Z", overdue: false },
      { name: "winter: 23:59:59 Copenhagen on the due day is still on time", dueAt: "2026-01-15T21:59:59.000Z", now: "2026-01-15T22:59:59.000Z", overdue: false },
      { name: "winter: 00:00 Copenhagen the next day (23:00Z) is overdue", dueAt: "2026-01-15T21:59:59.000Z", now: "2026-01-15T23:00:00.000Z", overdue: true },
      { name: "winter: 00:30 Copenhagen the next day (23:30Z) is overdue", dueAt: "2026-01-15T21:59:59.000Z", now: "2026-01-15T23:30:00.000Z", overdue: true },
      { name: "summer: 23:30 Copenhagen on the due day (21:30Z) is still on time", dueAt: "2026-07-15T21:59:59.000Z", now: "2026-07-15T21:30:00.000Z", overdue: false },
      { name: "summer: 00:00 Copenhagen the next day (22:00Z) is overdue", dueAt: "2026-07-15T21:59:59.000Z", now: "2026-07-15T22:00:00.000Z", overdue: true },
      { name: "summer: 01:30 Copenhagen the next day (23:30Z) is overdue", dueAt: "2026-07-15T21:59:59.000Z", now: "2026-07-15T23:30:00.000Z", overdue: true },
      { name: "a dueAt in the morning: the afternoon of the same day is still on time", dueAt: "2026-11-27T09:00:00.000Z", now: "2026-11-27T15:00:00.000Z", overdue: false },
      { name: "a dueAt in the morning: the next Copenhagen day is overdue", dueAt: "2026-11-27T09:00:00.000Z", now: "2026-11-27T23:00:00.000Z", overdue: true },
      { name: "a dueAt late in the evening UTC belongs to the next Copenhagen day", dueAt: "2026-11-26T23:30:00.000Z", now: "2026-11-27T22:30:00.000Z", overdue: false },
      { name: "before the due day", dueAt: "2026-01-15T21:59:59.000Z", now: "2026-01-14T12:00:00.000Z", overdue: false },
    ];

    it.each(overdueCases)("$name", ({ dueAt, now, overdue }) => {
      expect(isOverdue(dueAt, now)).toBe(overdue);
      for (const status of ["SUBMITTED", "IN_REVIEW"] as const) {
        const timeline = buildTimeline({ ...base, status, submittedAt: "2026-01-08T08:00:00.000Z", dueAt, now });
        expect(timeline.next.key).toBe(overdue ? "overdue" : status === "SUBMITTED" ? "submitted" : "inReview");
        expect(timeline.next.date).toBe(dueAt);
      }
    });
  });

  it("keeps the handler's request text and rule id, also from the older { reason: ruleId } shape", () => {
    const timeline = buildTimeline({
      ...base,
      status: "INFORMATION_REQUESTED",
      events: [ev("INFORMATION_REQUESTED", "2026-11-11T10:30", { reason: "Send the referral", ruleId: "CLM-4" }), ev("INFORMATION_REQUESTED", "2026-11-12T10:30", { reason: "CLM-1" })],
    });
    const requests = timeline.entries.filter((entry) => entry.key === "informationRequested");
    expect(requests.map((entry) => [entry.reason, entry.ruleId])).toEqual([
      ["Send the referral", "CLM-4"],
      [undefined, "CLM-1"],
    ]);
  });
});
