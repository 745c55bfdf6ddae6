/**
 * Complaints about a claim's decision (CLM-5: decided within 7 working days). Pure: no I/O, no
 * clock (the caller gives the instants), so the member's form, the handler's queue and the tests
 * agree on every case.
 */
import { addWorkingDays } from "../../cover/working-days";
import { copenhagenDay } from "../../i18n/format";
import { copenhagenDayStart } from "../review/queue-filters";

export const COMPLAINT_TARGET_WORKING_DAYS = 7;

/** Claim statuses whose decision can be complained about. */
export const COMPLAINABLE_STATUSES: readonly string[] = ["DECIDED", "PAID"];

/**
 * When a complaint received at `receivedAt` must be decided: the end of the 7th Danish working
 * day after the Copenhagen day it arrived on (the arrival day never counts, as for claims).
 */
export function complaintDueAt(receivedAt: Date): Date {
  const dueDay = addWorkingDays(copenhagenDay(receivedAt), COMPLAINT_TARGET_WORKING_DAYS);
  const nextDay = new Date(Date.parse(`${dueDay}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return new Date(copenhagenDayStart(nextDay).getTime() - 1);
}

/** Why a complaint cannot be made now (a translation key's last part), or null. */
export type ComplaintBlock = "notDecided" | "alreadyOpen" | "alreadyComplained";

export interface ComplaintFacts {
  status: string;
  decidedAt: Date | null;
  complaints: readonly { status: string; receivedAt: Date }[];
}

/**
 * One complaint per decision: only a decided (or paid) claim, none open, and none already decided
 * about this decision (after a refusal the member goes to the appeals board; after an upheld
 * complaint the claim is decided again, and that new decision can be complained about).
 */
export function complaintBlock(claim: ComplaintFacts): ComplaintBlock | null {
  if (!COMPLAINABLE_STATUSES.includes(claim.status)) return "notDecided";
  if (claim.complaints.some((complaint) => complaint.status === "OPEN")) return "alreadyOpen";
  const decidedAt = claim.decidedAt?.getTime() ?? 0;
  if (claim.complaints.some((complaint) => complaint.receivedAt.getTime() >= decidedAt)) return "alreadyComplained";
  return null;
}
