import { addDays, addMonths, toDay } from "../dates";

/**
 * ACC-3, FAM-7: a consent to see health data, or a power of attorney to act, given by the person
 * themself, with a start and an expiry at most 12 months after the start; renewable (a renewal
 * gives another period of at most 12 months from the renewal day).
 */
export const MAX_GRANT_MONTHS = 12;

export type GrantProblem = "startInPast" | "endBeforeStart" | "tooLong" | "selfGrant" | "granteeNotAdult" | "granteeNotOnPolicy";

export interface GrantCheckInput {
  today: string;
  validFrom: string;
  validTo: string;
  grantorPersonId: string;
  granteePersonId: string;
  /** The grantee is on the same policy, active, and an adult (18+). */
  grantee: { onPolicy: boolean; age: number } | undefined;
}

/** The problems of a grant, each on its field ("validFrom", "validTo", "granteePersonId"). */
export function checkGrant(input: GrantCheckInput): { field: "validFrom" | "validTo" | "granteePersonId"; problem: GrantProblem }[] {
  const problems: { field: "validFrom" | "validTo" | "granteePersonId"; problem: GrantProblem }[] = [];
  if (input.grantorPersonId === input.granteePersonId) problems.push({ field: "granteePersonId", problem: "selfGrant" });
  else if (!input.grantee?.onPolicy) problems.push({ field: "granteePersonId", problem: "granteeNotOnPolicy" });
  else if (input.grantee.age < 18) problems.push({ field: "granteePersonId", problem: "granteeNotAdult" });
  if (toDay(input.validFrom) < toDay(input.today)) problems.push({ field: "validFrom", problem: "startInPast" });
  if (toDay(input.validTo) < toDay(input.validFrom)) problems.push({ field: "validTo", problem: "endBeforeStart" });
  else if (toDay(input.validTo) > toDay(latestGrantEnd(input.validFrom))) problems.push({ field: "validTo", problem: "tooLong" });
  return problems;
}

/** The last day a grant starting on `from` may run to: 12 months less a day. */
export function latestGrantEnd(from: string): string {
  return addDays(addMonths(from, MAX_GRANT_MONTHS), -1);
}

/** A renewal runs from the later of today and the current start, for the full 12 months. */
export function renewedPeriod(today: string, currentFrom: string): { validFrom: string; validTo: string } {
  const from = toDay(currentFrom) > toDay(today) ? currentFrom : today;
  return { validFrom: from, validTo: latestGrantEnd(from) };
}

export type GrantState = "scheduled" | "active" | "expired" | "withdrawn";

/** Where a grant stands today. */
export function grantState(grant: { validFrom: string | null; validTo: string | null; withdrawn: boolean }, today: string): GrantState {
  if (grant.withdrawn) return "withdrawn";
  if (grant.validTo !== null && toDay(grant.validTo) < toDay(today)) return "expired";
  if (grant.validFrom !== null && toDay(grant.validFrom) > toDay(today)) return "scheduled";
  return "active";
}
