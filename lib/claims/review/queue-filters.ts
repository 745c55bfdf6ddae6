/**
 * The handler queue's filters (issue 14 point 9), read from the page's search parameters: a plain
 * GET form, so a filtered queue is a link. Client-safe; anything unknown is ignored.
 */
import { z } from "zod";
import { copenhagenDay } from "../../i18n/format";

export const QUEUE_STATUS_FILTERS = ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"] as const;

const flag = z.literal("1").optional().catch(undefined);

export const queueFiltersSchema = z.object({
  status: z.enum(QUEUE_STATUS_FILTERS).optional().catch(undefined),
  overdue: flag,
  plan: z.uuid().optional().catch(undefined),
  mine: flag,
});
export type QueueFilters = z.output<typeof queueFiltersSchema>;

/**
 * The instant a Copenhagen calendar day begins (00:00 at UTC+1 or UTC+2): a claim is overdue when
 * its target day is before today, i.e. its due instant is before the start of today.
 */
export function copenhagenDayStart(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (copenhagenDay(candidate) === day && copenhagenDay(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new RangeError(`copenhagenDayStart: no midnight found for ${day}`);
}
