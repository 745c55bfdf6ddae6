/**
 * A claim's timeline as the member sees it: the dated milestones that happened, the ones still to
 * come with their target dates, and "what happens next". Pure (no I/O, no clock: `now` is an
 * input), so the page and the tests agree on every case.
 *
 * Targets (CLM-5): a complete claim is decided within 5 working days of submission (`dueAt`, set
 * at submit); after the decision the refund is paid within 2 weeks.
 */
import { copenhagenDay } from "../i18n/format";

export type ClaimStatusName = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "INFORMATION_REQUESTED" | "DECIDED" | "PAID" | "WITHDRAWN";

export type TimelineEventKind =
  | "DRAFT_SAVED"
  | "RECEIVED"
  | "AUTO_DECIDED"
  | "IN_REVIEW"
  | "INFORMATION_REQUESTED"
  | "INFORMATION_PROVIDED"
  | "LINE_ADJUSTED"
  | "DECIDED"
  | "SETTLEMENT_ISSUED"
  | "PAID"
  | "MESSAGE"
  | "WITHDRAWN"
  | "ASSIGNED"
  | "ACUTE_ILLNESS_CONFIRMED"
  | "COMPLAINT_RECEIVED"
  | "COMPLAINT_DECIDED";

export interface TimelineEventInput {
  kind: TimelineEventKind;
  /** ISO instant. */
  at: string;
  data?: unknown;
}

export interface TimelineInput {
  status: ClaimStatusName;
  events: TimelineEventInput[];
  /** ISO instants or null. */
  submittedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  /** The decided payable total (null before the decision). */
  payableTotalMinor: number | null;
  now: string;
}

export type TimelineEntryKey =
  | "received"
  | "inReview"
  | "informationRequested"
  | "informationProvided"
  | "decided"
  | "settlementIssued"
  | "paid"
  | "withdrawn"
  | "complaintReceived"
  | "complaintDecided";

export interface TimelineEntry {
  key: TimelineEntryKey;
  /** done: it happened at `at`; upcoming: expected by `at` (null when there is no target). */
  state: "done" | "upcoming";
  at: string | null;
  /** Decided by the rules engine without a handler. */
  automatic?: boolean;
  /** The handler's request (informationRequested). */
  reason?: string;
  ruleId?: string;
}

export type NextStepKey =
  | "draft"
  | "submitted"
  | "inReview"
  | "overdue"
  | "informationRequested"
  | "decidedPayment"
  | "decidedNoPayment"
  | "paid"
  | "withdrawn";

export interface NextStep {
  key: NextStepKey;
  /** The target or actual date the message names (ISO instant), if any. */
  date: string | null;
}

export interface Timeline {
  entries: TimelineEntry[];
  next: NextStep;
}

export const REFUND_TARGET_DAYS = 14;

const DONE_KEY: Partial<Record<TimelineEventKind, TimelineEntryKey>> = {
  RECEIVED: "received",
  IN_REVIEW: "inReview",
  INFORMATION_REQUESTED: "informationRequested",
  INFORMATION_PROVIDED: "informationProvided",
  AUTO_DECIDED: "decided",
  DECIDED: "decided",
  SETTLEMENT_ISSUED: "settlementIssued",
  PAID: "paid",
  WITHDRAWN: "withdrawn",
  COMPLAINT_RECEIVED: "complaintReceived",
  COMPLAINT_DECIDED: "complaintDecided",
};

const UNDECIDED: ClaimStatusName[] = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"];

function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
}

function requestDetails(data: unknown): Pick<TimelineEntry, "reason" | "ruleId"> {
  if (!data || typeof data !== "object") return {};
  const record = data as Record<string, unknown>;
  const details: Pick<TimelineEntry, "reason" | "ruleId"> = {};
  if (typeof record.reason === "string" && record.reason.trim()) details.reason = record.reason;
  if (typeof record.ruleId === "string") details.ruleId = record.ruleId;
  // Older rows put the rule id itself in `reason` (e.g. { reason: "CLM-4" }).
  if (!details.ruleId && details.reason && /^[A-Z]{2,4}-\d+$/.test(details.reason)) {
    details.ruleId = details.reason;
    delete details.reason;
  }
  return details;
}

/**
 * A target is met on its Copenhagen calendar day: the claim is overdue only from the next
 * Copenhagen day on, whatever the instant's time of day or the season (UTC+1/UTC+2).
 */
export function isOverdue(dueAt: string, now: string): boolean {
  return copenhagenDay(new Date(now)) > copenhagenDay(new Date(dueAt));
}

/** The refund target after a decision: 2 weeks (CLM-5). */
export function refundTarget(decidedAt: string): string {
  return addDays(decidedAt, REFUND_TARGET_DAYS);
}

export function buildTimeline(input: TimelineInput): Timeline {
  const events = [...input.events].sort((a, b) => a.at.localeCompare(b.at));
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const key = DONE_KEY[event.kind];
    if (!key) continue;
    if (key === "decided") {
      // AUTO_DECIDED and DECIDED describe one decision: show it once, marked automatic.
      const previous = entries.findLast((entry) => entry.key === "decided");
      const automatic = event.kind === "AUTO_DECIDED";
      if (previous && Math.abs(new Date(previous.at ?? 0).getTime() - new Date(event.at).getTime()) < 60_000) {
        previous.automatic = previous.automatic || automatic;
        continue;
      }
      entries.push({ key, state: "done", at: event.at, automatic });
      continue;
    }
    entries.push({ key, state: "done", at: event.at, ...(key === "informationRequested" ? requestDetails(event.data) : {}) });
  }

  // A claim whose RECEIVED event is missing still shows when it was received.
  if (input.submittedAt && !entries.some((entry) => entry.key === "received")) {
    entries.unshift({ key: "received", state: "done", at: input.submittedAt });
  }

  const undecided = UNDECIDED.includes(input.status);
  const decided = input.status === "DECIDED";
  const paysSomething = (input.payableTotalMinor ?? 0) > 0;
  if (undecided) {
    entries.push({ key: "decided", state: "upcoming", at: input.status === "INFORMATION_REQUESTED" ? null : input.dueAt });
    entries.push({ key: "paid", state: "upcoming", at: null });
  } else if (decided && paysSomething) {
    const decidedAt = input.decidedAt ?? entries.findLast((entry) => entry.key === "decided")?.at ?? null;
    entries.push({ key: "paid", state: "upcoming", at: decidedAt ? refundTarget(decidedAt) : null });
  }

  return { entries, next: nextStep(input, entries) };
}

function nextStep(input: TimelineInput, entries: TimelineEntry[]): NextStep {
  switch (input.status) {
    case "DRAFT":
      return { key: "draft", date: null };
    case "WITHDRAWN":
      return { key: "withdrawn", date: null };
    case "INFORMATION_REQUESTED":
      return { key: "informationRequested", date: null };
    case "SUBMITTED":
    case "IN_REVIEW": {
      if (input.dueAt && isOverdue(input.dueAt, input.now)) return { key: "overdue", date: input.dueAt };
      return { key: input.status === "SUBMITTED" ? "submitted" : "inReview", date: input.dueAt };
    }
    case "DECIDED": {
      if ((input.payableTotalMinor ?? 0) <= 0) return { key: "decidedNoPayment", date: null };
      return { key: "decidedPayment", date: entries.find((entry) => entry.key === "paid" && entry.state === "upcoming")?.at ?? null };
    }
    case "PAID":
      return { key: "paid", date: input.paidAt ?? entries.findLast((entry) => entry.key === "paid")?.at ?? null };
  }
}
