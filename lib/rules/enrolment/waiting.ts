import { addDuration } from "../dates";
import type { Plan, WaitingPeriodKind } from "../schema/plan";

export interface WaitingPeriodResult {
  kind: WaitingPeriodKind;
  /** First day the cover applies. */
  endsOn: string;
}

/** ELG-2: the waiting periods that start with an enrolment (none after a documented transfer). */
export function waitingPeriodsFrom(plan: Plan, startIso: string, transfer: boolean): WaitingPeriodResult[] {
  const periods = plan.waitingPeriods;
  if (transfer && periods.waivedOnDocumentedTransfer) return [];
  const out: WaitingPeriodResult[] = [];
  const entries: [WaitingPeriodKind, typeof periods.general | undefined][] = [
    ["general", periods.general],
    ["pregnancy", periods.pregnancy],
    ["orthodontics", periods.orthodontics],
    ["pre_existing", periods.preExisting],
  ];
  for (const [kind, duration] of entries) {
    if (duration !== undefined && duration.value > 0) out.push({ kind, endsOn: addDuration(startIso, duration) });
  }
  return out;
}
