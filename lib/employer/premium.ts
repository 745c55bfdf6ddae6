import { addMonths, endOfMonth, toDay, type IsoDate } from "../rules/dates";

/**
 * What a group scheme costs (GRP-3: the employer sees what it costs, GRP-5: insured person-months).
 * Pure, shared by the forms' preview, the services and the import. A scheme's premium is per person
 * and year; it is paid per insured month, a month counting when the person is covered on any day of
 * it (cover ends at the end of a month, ELG-4, and a joiner's first month counts in full).
 * Amounts are integer øre.
 */

const monthNumber = (iso: IsoDate) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The premium of one insured month: a twelfth of the yearly premium, rounded to whole øre. */
export function monthlyPremiumMinor(premiumPerYearMinor: number): number {
  return Math.round(premiumPerYearMinor / 12);
}

/** The months in which cover from `start` to `end` (inclusive; null: open) touches [from, to]. */
export function coveredMonths(start: IsoDate, end: IsoDate | null, from: IsoDate, to: IsoDate): number {
  const first = start > from ? start : from;
  const last = end !== null && end < to ? end : to;
  if (last < first) return 0;
  return monthNumber(last) - monthNumber(first) + 1;
}

export interface PolicyYear {
  from: IsoDate;
  to: IsoDate;
}

/** A joiner from `start`: the months left in the policy year, at the monthly premium. */
export function joinerPremiumChangeMinor(premiumPerYearMinor: number, start: IsoDate, year: PolicyYear): number {
  return coveredMonths(start, null, year.from, year.to) * monthlyPremiumMinor(premiumPerYearMinor);
}

/**
 * A leaver whose cover ends on `coverEndsOn` (ELG-4) instead of `currentEnd` (null: open): the
 * months of the policy year no longer paid for, as a negative change (a refund or credit).
 */
export function leaverPremiumChangeMinor(premiumPerYearMinor: number, start: IsoDate, currentEnd: IsoDate | null, coverEndsOn: IsoDate, year: PolicyYear): number {
  const before = coveredMonths(start, currentEnd, year.from, year.to);
  const after = coveredMonths(start, coverEndsOn, year.from, year.to);
  return (after - before) * monthlyPremiumMinor(premiumPerYearMinor);
}

/** The last day of every month of a policy year (GRP-5: the reconciliation counts per month). */
export function monthEnds(year: PolicyYear): IsoDate[] {
  const ends: IsoDate[] = [];
  for (let first = year.from.slice(0, 8) + "01"; toDay(first) <= toDay(year.to); first = addMonths(first, 1)) ends.push(endOfMonth(first));
  return ends;
}
