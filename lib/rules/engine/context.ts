import { toDay, type DayNumber } from "../dates";
import { formatMoney, formatPercent } from "../money";
import type { Reason } from "../text";
import type { RuleId } from "../ruleIds";
import type { ApprovedCondition, Guarantee, Person, Policy, PreAuthorisation } from "../schema/claimCase";
import type { Plan } from "../schema/plan";
import type { Ledger } from "./ledger";
import { sentence } from "./steps";
import type { PlanIndex } from "./planIndex";

/** How a finding affects the line: refuse it, hold it for information or review, or just tell. */
export type NoteEffect = "reject" | "information" | "review" | "none";
export type Severity = "info" | "warning" | "blocking";

export interface Note {
  reason: Reason;
  effect: NoteEffect;
  severity: Severity;
}

export function note(ruleId: RuleId, effect: NoteEffect, severity: Severity, da: string, en: string): Note {
  return { reason: { ruleId, da: sentence(da), en: sentence(en) }, effect, severity };
}

export interface MoneyText {
  da(amountMinor: number): string;
  en(amountMinor: number): string;
}

export function moneyText(currency: string): MoneyText {
  return {
    da: (amount) => formatMoney(amount, currency, "da"),
    en: (amount) => formatMoney(amount, currency, "en"),
  };
}

export const pct = {
  da: (value: number) => formatPercent(value, "da"),
  en: (value: number) => formatPercent(value, "en"),
};

/** Facts shared by every line of one evaluation. */
export interface CaseContext {
  index: PlanIndex;
  plan: Plan;
  policy: Policy;
  person: Person;
  today: DayNumber;
  todayIso: string;
  ledger: Ledger;
  preAuthorisations: readonly PreAuthorisation[];
  guarantees: readonly Guarantee[];
  approvedConditions: readonly ApprovedCondition[];
  money: MoneyText;
}

export function within(day: DayNumber, fromIso: string, toIsoOrUndefined: string | undefined): boolean {
  return day >= toDay(fromIso) && (toIsoOrUndefined === undefined || day <= toDay(toIsoOrUndefined));
}
