import { policyYearContaining, toDay, type DayNumber } from "../dates";
import type { PlanIndex } from "./planIndex";

export interface CategoryYearUsage {
  paid: number;
  quantity: number;
}

/** What has been paid within one policy year. */
export interface YearLedger {
  from: DayNumber;
  to: DayNumber;
  paid: number;
  deductible: number;
  categories: Map<string, CategoryYearUsage>;
  groups: Map<string, number>;
  /** PA-2 treatment counters, keyed by the counted-together categories. */
  treatments: Map<string, number>;
}

export interface Posting {
  day: DayNumber;
  categoryCode: string;
  paid: number;
  deductible: number;
  quantity: number;
  diagnosis?: string | undefined;
  treatmentCourseId?: string | undefined;
  guaranteeId?: string | undefined;
}

/**
 * Running totals of a person's paid lines: built in one pass over the history and then
 * updated line by line as the claim is evaluated, so later lines see earlier ones.
 */
export class Ledger {
  private readonly years: YearLedger[] = [];
  readonly diagnosis = new Map<string, number>();
  readonly courses = new Map<string, number>();
  readonly guarantees = new Map<string, number>();
  readonly treatmentsEver = new Map<string, number>();
  /** Day-by-day quantities and payments for categories with visit limits or per-day caps. */
  readonly days = new Map<string, number[]>();
  /** Every posting's day and quantity per category, for PA-5 session counting. */
  readonly sessions = new Map<string, number[]>();
  claimDeductible = 0;

  constructor(
    private readonly index: PlanIndex,
    private readonly policyStart: string,
    private readonly trackSessionsFor: ReadonlySet<string>,
  ) {}

  yearFor(day: DayNumber): YearLedger {
    for (const year of this.years) if (day >= year.from && day <= year.to) return year;
    const range = policyYearContaining(this.policyStart, this.index.plan.policyYearBasis, day);
    const year: YearLedger = { ...range, paid: 0, deductible: 0, categories: new Map(), groups: new Map(), treatments: new Map() };
    this.years.push(year);
    return year;
  }

  post(entry: Posting): void {
    const year = this.yearFor(entry.day);
    year.paid += entry.paid;
    year.deductible += entry.deductible;
    const code = entry.categoryCode;
    const usage = year.categories.get(code);
    if (usage === undefined) year.categories.set(code, { paid: entry.paid, quantity: entry.quantity });
    else {
      usage.paid += entry.paid;
      usage.quantity += entry.quantity;
    }
    const groups = this.index.groupsByCategory.get(code);
    if (groups !== undefined) {
      for (const group of groups) year.groups.set(group.code, (year.groups.get(group.code) ?? 0) + entry.paid);
    }
    const counterKey = this.index.paCounterKey.get(code);
    if (counterKey !== undefined) {
      year.treatments.set(counterKey, (year.treatments.get(counterKey) ?? 0) + entry.quantity);
      this.treatmentsEver.set(counterKey, (this.treatmentsEver.get(counterKey) ?? 0) + entry.quantity);
    }
    if (entry.diagnosis !== undefined) {
      const key = code + "|" + entry.diagnosis;
      this.diagnosis.set(key, (this.diagnosis.get(key) ?? 0) + entry.paid);
    }
    if (entry.treatmentCourseId !== undefined) {
      const key = code + "|" + entry.treatmentCourseId;
      this.courses.set(key, (this.courses.get(key) ?? 0) + entry.paid);
    }
    if (entry.guaranteeId !== undefined) {
      this.guarantees.set(entry.guaranteeId, (this.guarantees.get(entry.guaranteeId) ?? 0) + entry.paid);
    }
    if (this.index.trackDays.has(code)) push3(this.days, code, entry.day, entry.quantity, entry.paid);
    if (this.trackSessionsFor.has(code)) push3(this.sessions, code, entry.day, entry.quantity, entry.paid);
  }

  /** Quantity recorded for the categories on days within [from, to]. */
  quantityBetween(store: "days" | "sessions", codes: readonly string[], from: DayNumber, to: DayNumber): number {
    const map = store === "days" ? this.days : this.sessions;
    let total = 0;
    for (const code of codes) {
      const list = map.get(code);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i += 3) {
        const day = list[i] as number;
        if (day >= from && day <= to) total += list[i + 1] as number;
      }
    }
    return total;
  }

  paidOnDay(code: string, day: DayNumber): number {
    const list = this.days.get(code);
    let total = 0;
    if (list === undefined) return 0;
    for (let i = 0; i < list.length; i += 3) if (list[i] === day) total += list[i + 2] as number;
    return total;
  }

  /**
   * BEN-3 "at most N within any W days": how many more visits fit on `day`, checking every
   * window of W days that contains it (history may hold visits after the new one).
   */
  visitsAllowed(codes: readonly string[], day: DayNumber, maxVisits: number, windowDays: number): number {
    const span = 2 * windowDays - 1;
    const start = day - windowDays + 1;
    const perDay = new Array<number>(span).fill(0);
    for (const code of codes) {
      const list = this.days.get(code);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i += 3) {
        const offset = (list[i] as number) - start;
        if (offset >= 0 && offset < span) perDay[offset] = (perDay[offset] as number) + (list[i + 1] as number);
      }
    }
    let window = 0;
    for (let i = 0; i < windowDays; i++) window += perDay[i] as number;
    let busiest = window;
    for (let i = windowDays; i < span; i++) {
      window += (perDay[i] as number) - (perDay[i - windowDays] as number);
      if (window > busiest) busiest = window;
    }
    return Math.max(0, maxVisits - busiest);
  }
}

function push3(map: Map<string, number[]>, code: string, a: number, b: number, c: number): void {
  const list = map.get(code);
  if (list === undefined) map.set(code, [a, b, c]);
  else list.push(a, b, c);
}

export function postHistory(ledger: Ledger, history: readonly {
  date: string;
  categoryCode: string;
  paidMinor: number;
  deductibleMinor: number;
  quantity: number;
  diagnosis?: string | undefined;
  treatmentCourseId?: string | undefined;
  guaranteeId?: string | undefined;
}[]): void {
  for (const line of history) {
    ledger.post({
      day: toDay(line.date),
      categoryCode: line.categoryCode,
      paid: line.paidMinor,
      deductible: line.deductibleMinor,
      quantity: line.quantity,
      diagnosis: line.diagnosis,
      treatmentCourseId: line.treatmentCourseId,
      guaranteeId: line.guaranteeId,
    });
  }
}
