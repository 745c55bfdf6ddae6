import { addDays, addMonths, toDay } from "../dates";
import type { Reason } from "../text";
import type { WaitingPeriodResult } from "./waiting";

/**
 * GRP-4: a leaver continues on individual terms. Asked for on or before the last day of group
 * cover, the individual cover starts the next day and carries the waiting periods over (none
 * starts again); asked for later, it starts the day it is asked for (no gap is insured after the
 * fact) with a waiting period for pre-existing conditions of the group plan's length.
 */
export interface ContinuationTerms {
  onTime: boolean;
  /** First day of the individual cover. */
  startDate: string;
  /** The waiting periods the continuation starts: none in time, pre-existing conditions when late. */
  waitingPeriods: WaitingPeriodResult[];
  reason: Reason;
}

/** GRP-4 offers continuation to every leaver but one who died. */
export function continuationOffered(leaveReason: string): boolean {
  return leaveReason !== "died";
}

export function continuationTerms(rules: { continuationWaitingMonthsIfLate: number }, coverEndsOn: string, requestedOn: string): ContinuationTerms {
  const dayAfter = addDays(coverEndsOn, 1);
  if (toDay(requestedOn) <= toDay(coverEndsOn)) {
    return {
      onTime: true, startDate: dayAfter, waitingPeriods: [],
      reason: { ruleId: "GRP-4", da: "Videreførelse på individuelle vilkår uden ny karens.", en: "Continuation on individual terms without a new waiting period." },
    };
  }
  const months = rules.continuationWaitingMonthsIfLate;
  const endsOn = addMonths(requestedOn, months);
  return {
    onTime: false, startDate: requestedOn, waitingPeriods: months > 0 ? [{ kind: "pre_existing", endsOn }] : [],
    reason: {
      ruleId: "GRP-4",
      da: `Videreførelse blev ønsket efter fratrædelsen: ${months} måneders karens for eksisterende lidelser til ${endsOn}.`,
      en: `Continuation was asked for after leaving: a ${months}-month waiting period for pre-existing conditions until ${endsOn}.`,
    },
  };
}
