/**
 * Statuses and the 48-hour clock of a request (GOP-2). Client-safe.
 */
export const AUTHORISATION_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "PARTLY_APPROVED", "REJECTED", "WITHDRAWN"] as const;
export type AuthorisationStatusName = (typeof AUTHORISATION_STATUSES)[number];

/** Waiting for the insurer (or for the member's information): the handler's queue. */
export const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"] as const satisfies readonly AuthorisationStatusName[];
export const APPROVED_STATUSES = ["APPROVED", "PARTLY_APPROVED"] as const satisfies readonly AuthorisationStatusName[];

/** GOP-2: the insurer answers within 48 hours; PA-3: an emergency must be notified within 48 hours of its start. */
export const ANSWER_HOURS = 48;
export const EMERGENCY_NOTICE_HOURS = 48;
const HOUR_MS = 3_600_000;

export function answerDueAt(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + ANSWER_HOURS * HOUR_MS);
}

/** Whole hours left to the answer deadline (negative when overdue), rounded down. */
export function hoursLeft(dueAt: Date | string, now: Date = new Date()): number {
  return Math.floor((new Date(dueAt).getTime() - now.getTime()) / HOUR_MS);
}

/** PA-3: how many hours after treatment began the insurer was told. */
export function hoursAfterStart(treatmentStartedAt: Date, notifiedAt: Date): number {
  return Math.max(0, (notifiedAt.getTime() - treatmentStartedAt.getTime()) / HOUR_MS);
}

/**
 * A Copenhagen wall-clock time "YYYY-MM-DDTHH:mm" as an instant. Tries both offsets Denmark uses
 * (+01:00, +02:00) and keeps the one that reads back as the same wall time.
 */
export function instantOfCopenhagenLocal(local: string, format: (instant: Date) => string): Date {
  for (const offset of ["+01:00", "+02:00"]) {
    const candidate = new Date(`${local}:00${offset}`);
    if (format(candidate) === local) return candidate;
  }
  return new Date(`${local}:00+01:00`);
}
