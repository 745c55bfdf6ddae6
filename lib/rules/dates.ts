import { z } from "zod";

/**
 * Calendar dates are ISO strings (YYYY-MM-DD) at the edges and day numbers (days since
 * 1970-01-01) inside the engine, so comparisons and window arithmetic are integer operations
 * and nothing depends on the host's time zone or clock.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The one ISO-date check: the parts of a "YYYY-MM-DD" string that names a real calendar day of
 * any year, or undefined (wrong shape, 2025-02-30, month 13 …).
 */
export function isoDateParts(value: string): DateParts | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

/** A real calendar date written as YYYY-MM-DD, in the years the portal deals with (1900–2999). */
export function isRealIsoDate(value: string): boolean {
  const parts = isoDateParts(value);
  return parts !== undefined && parts.year >= 1900 && parts.year <= 2999;
}

export const isoDateSchema = z
  .string({ error: "must be a date written as YYYY-MM-DD" })
  .regex(ISO_DATE, { message: "must be a date written as YYYY-MM-DD" })
  .refine(isRealIsoDate, { message: "must be a real calendar date written as YYYY-MM-DD" });

export type IsoDate = string;

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Day number of the 1st of each month 1900–2999, filled on first use: toDay is then a lookup.
const FIRST_YEAR = 1900;
const monthStarts = new Float64Array((3000 - FIRST_YEAR) * 12).fill(Number.NaN);

/** Parses a validated ISO date without allocating; hot path of the history aggregation. */
export function toDay(iso: IsoDate): DayNumber {
  const year =
    (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const day = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  const slot = (year - FIRST_YEAR) * 12 + month - 1;
  if (slot < 0 || slot >= monthStarts.length) return dayNumberFromParts(year, month, day);
  let start = monthStarts[slot] as number;
  if (start !== start) {
    start = dayNumberFromParts(year, month, 1);
    monthStarts[slot] = start;
  }
  return start + day - 1;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsFromDay(dayNumber: DayNumber): DateParts {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function toIso(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Adds calendar months; the 31st plus one month lands on the last day of a shorter month. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsFromDay(toDay(iso));
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(newDay, 2)}`;
}

/** `addMonths` on day numbers, for hot paths that never need the ISO string. */
export function addMonthsToDay(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = partsFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return dayNumberFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(toDay(iso) + days);
}

export function endOfMonth(iso: IsoDate): IsoDate {
  const { year, month } = partsFromDay(toDay(iso));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
}

/** Whole years of age on a date, counting a 29 February birthday as reached on 1 March. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = partsFromDay(toDay(birthDate));
  const at = partsFromDay(toDay(on));
  let age = at.year - birth.year;
  if (at.month < birth.month || (at.month === birth.month && at.day < birth.day)) age -= 1;
  return age;
}

export interface DayRange {
  from: DayNumber;
  /** Inclusive. */
  to: DayNumber;
}

/**
 * The policy year containing a date: years run from the policy's start date and its
 * anniversaries, or from 1 January when the plan counts calendar years.
 */
export function policyYearContaining(policyStart: IsoDate, basis: "policy_anniversary" | "calendar_year", day: DayNumber): DayRange {
  const at = partsFromDay(day);
  if (basis === "calendar_year") {
    return { from: dayNumberFromParts(at.year, 1, 1), to: dayNumberFromParts(at.year, 12, 31) };
  }
  const start = partsFromDay(toDay(policyStart));
  const yearsSinceStart = at.year - start.year;
  let from = toDay(addMonths(policyStart, 12 * yearsSinceStart));
  if (from > day) from = toDay(addMonths(policyStart, 12 * (yearsSinceStart - 1)));
  const yearsFrom = partsFromDay(from).year - start.year;
  const to = toDay(addMonths(policyStart, 12 * (yearsFrom + 1))) - 1;
  return { from, to };
}

export interface Duration {
  unit: "days" | "weeks" | "months";
  value: number;
}

export function addDuration(iso: IsoDate, duration: Duration): IsoDate {
  if (duration.unit === "months") return addMonths(iso, duration.value);
  return addDays(iso, duration.unit === "weeks" ? duration.value * 7 : duration.value);
}
