import { policyYearContaining, toDay, type DayNumber } from "../dates";
import type { PlanIndex } from "./planIndex";

/** What has been paid within one policy year; arrays are indexed by the plan index's slots. */
export interface YearLedger {
  from: DayNumber;
  to: DayNumber;
  paid: number;
  deductible: number;
  categoryPaid: number[];
  categoryQuantity: number[];
  groupPaid: number[];
  /** PA-2 treatment counters, per counted-together set of categories. */
  treatments: number[];
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
  /** Paid per category and diagnosis (nested maps: no string keys built in the hot loop). */
  readonly diagnosis = new Map<string, Map<string, number>>();
  readonly courses = new Map<string, Map<string, number>>();
  readonly guarantees = new Map<string, number>();
  readonly treatmentsEver: number[];
  /** Day-by-day quantities and payments for categories with visit limits or per-day caps. */
  readonly days = new Map<string, number[]>();
  /** Every posting's day and quantity per category, for PA-5 session counting. */
  readonly sessions = new Map<string, number[]>();
  claimDeductible = 0;

  constructor(
    private readonly index: PlanIndex,
    private readonly policyStart: string,
    private readonly trackSessionsFor: ReadonlySet<string>,
  ) {
    this.treatmentsEver = new Array<number>(index.counterCount).fill(0);
  }

  yearFor(day: DayNumber): YearLedger {
    const years = this.years;
    for (let i = 0; i < years.length; i++) {
      const year = years[i] as YearLedger;
      if (day >= year.from && day <= year.to) return year;
    }
    const range = policyYearContaining(this.policyStart, this.index.plan.policyYearBasis, day);
    const categories = this.index.plan.benefitCategories.length;
    const year: YearLedger = {
      from: range.from,
      to: range.to,
      paid: 0,
      deductible: 0,
      categoryPaid: new Array<number>(categories).fill(0),
      categoryQuantity: new Array<number>(categories).fill(0),
      groupPaid: new Array<number>(this.index.groupCount).fill(0),
      treatments: new Array<number>(this.index.counterCount).fill(0),
    };
    this.years.push(year);
    return year;
  }

  post(entry: Posting): void {
    this.postValues(entry.day, entry.categoryCode, entry.paid, entry.deductible, entry.quantity, entry.diagnosis, entry.treatmentCourseId, entry.guaranteeId);
  }

  /** Positional form of `post`, so the history pass allocates nothing per line. */
  postValues(
    day: DayNumber, code: string, paid: number, deductible: number, quantity: number,
    diagnosis: string | undefined, treatmentCourseId: string | undefined, guaranteeId: string | undefined,
  ): void {
    const year = this.yearFor(day);
    year.paid += paid;
    year.deductible += deductible;
    if (guaranteeId !== undefined) {
      this.guarantees.set(guaranteeId, (this.guarantees.get(guaranteeId) ?? 0) + paid);
    }
    const slot = this.index.slot.get(code);
    if (slot === undefined) return; // a category the plan no longer has: counts only overall
    const i = slot.index;
    year.categoryPaid[i] = (year.categoryPaid[i] as number) + paid;
    year.categoryQuantity[i] = (year.categoryQuantity[i] as number) + quantity;
    const groups = slot.groups;
    for (let g = 0; g < groups.length; g++) {
      const at = groups[g] as number;
      year.groupPaid[at] = (year.groupPaid[at] as number) + paid;
    }
    const counter = slot.counter;
    if (counter >= 0) {
      year.treatments[counter] = (year.treatments[counter] as number) + quantity;
      this.treatmentsEver[counter] = (this.treatmentsEver[counter] as number) + quantity;
    }
    if (slot.perDiagnosis && diagnosis !== undefined) addNested(this.diagnosis, code, diagnosis, paid);
    if (slot.perCourse && treatmentCourseId !== undefined) addNested(this.courses, code, treatmentCourseId, paid);
    if (slot.trackDays) push3(this.days, code, day, quantity, paid);
    if (this.trackSessionsFor.size > 0 && this.trackSessionsFor.has(code)) push3(this.sessions, code, day, quantity, paid);
  }

  categoryPaid(year: YearLedger, code: string): number {
    const slot = this.index.slot.get(code);
    return slot === undefined ? 0 : (year.categoryPaid[slot.index] ?? 0);
  }

  categoryQuantity(year: YearLedger, code: string): number {
    const slot = this.index.slot.get(code);
    return slot === undefined ? 0 : (year.categoryQuantity[slot.index] ?? 0);
  }

  groupPaid(year: YearLedger, groupCode: string): number {
    const at = this.index.groupSlot.get(groupCode);
    return at === undefined ? 0 : (year.groupPaid[at] ?? 0);
  }

  /** PA-2: treatments counted for the category's counter, in the year or ever. */
  treatments(code: string, day: DayNumber, period: "policy_year" | "ever"): number {
    const counter = this.index.slot.get(code)?.counter ?? -1;
    if (counter < 0) return 0;
    return period === "ever" ? (this.treatmentsEver[counter] ?? 0) : (this.yearFor(day).treatments[counter] ?? 0);
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

function addNested(map: Map<string, Map<string, number>>, outer: string, inner: string, amount: number): void {
  let byInner = map.get(outer);
  if (byInner === undefined) {
    byInner = new Map();
    map.set(outer, byInner);
  }
  byInner.set(inner, (byInner.get(inner) ?? 0) + amount);
}

export function nestedValue(map: Map<string, Map<string, number>>, outer: string, inner: string): number {
  return map.get(outer)?.get(inner) ?? 0;
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
  for (let i = 0; i < history.length; i++) {
    const line = history[i] as (typeof history)[number];
    ledger.postValues(toDay(line.date), line.categoryCode, line.paidMinor, line.deductibleMinor, line.quantity, line.diagnosis, line.treatmentCourseId, line.guaranteeId);
  }
}
