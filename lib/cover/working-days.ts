import { isoDay } from "../db/date-column";
/**
 * Danish working days for the insurer's targets (CLM-5: a complete claim is decided within 5
 * working days; a complaint within 7). Pure: the caller gives the dates.
 */

function easterSunday(year: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const holidayCache = new Map<number, Set<string>>();

/** Public holidays on which the insurer is closed (Store bededag was abolished from 2024). */
export function danishHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = [
    `${year}-01-01`,
    isoDay(addDays(easter, -3)), // Skærtorsdag
    isoDay(addDays(easter, -2)), // Langfredag
    isoDay(easter),
    isoDay(addDays(easter, 1)), // 2. påskedag
    ...(year < 2024 ? [isoDay(addDays(easter, 26))] : []), // Store bededag
    isoDay(addDays(easter, 39)), // Kristi himmelfart
    isoDay(addDays(easter, 49)), // Pinsedag
    isoDay(addDays(easter, 50)), // 2. pinsedag
    `${year}-06-05`, // Grundlovsdag
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ];
  const set = new Set(days);
  holidayCache.set(year, set);
  return set;
}

export function isWorkingDay(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !danishHolidays(date.getUTCFullYear()).has(isoDate);
}

/** The calendar date `count` working days after `isoDate` (the start day itself never counts). */
export function addWorkingDays(isoDate: string, count: number): string {
  let date = new Date(`${isoDate}T00:00:00Z`);
  let remaining = count;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(isoDay(date))) remaining -= 1;
  }
  return isoDay(date);
}

/** Working days from `fromIso` (exclusive) to `toIso` (inclusive); negative when overdue. */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  if (fromIso === toIso) return 0;
  const forward = fromIso < toIso;
  let [start, end] = forward ? [fromIso, toIso] : [toIso, fromIso];
  let count = 0;
  let date = new Date(`${start}T00:00:00Z`);
  while (isoDay(date) < end) {
    date = addDays(date, 1);
    if (isWorkingDay(isoDay(date))) count += 1;
  }
  [start, end] = [end, start];
  return forward ? count : -count;
}

export const DECISION_TARGET_WORKING_DAYS = 5;
