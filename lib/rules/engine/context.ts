import { toDay, type DayNumber } from "../dates";
import { formatPercent, moneyFormatter } from "../money";
import type { Reason } from "../text";
import type { RuleId } from "../ruleIds";
import type { ApprovedCondition, Guarantee, Person, Policy, PreAuthorisation } from "../schema/claimCase";
import type { Plan } from "../schema/plan";
import type { Ledger } from "./ledger";
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
  return { reason: { ruleId, da, en }, effect, severity };
}

export interface MoneyText {
  da(amountMinor: number): string;
  /** Danish amount ending a sentence: "kr." already carries the full stop. */
  daStop(amountMinor: number): string;
  en(amountMinor: number): string;
}

export function moneyText(currency: string): MoneyText {
  const da = moneyFormatter(currency, "da");
  return {
    da,
    daStop: (amount) => {
      const text = da(amount);
      return text.charCodeAt(text.length - 1) === 46 ? text : text + ".";
    },
    en: moneyFormatter(currency, "en"),
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
  /** ELG-2 memo: waiting-period end per kind and start date. */
  waitingEnds: Map<string, Map<string, { iso: string; day: DayNumber } | undefined>>;
}

export function within(day: DayNumber, fromIso: string, toIsoOrUndefined: string | undefined): boolean {
  return day >= toDay(fromIso) && (toIsoOrUndefined === undefined || day <= toDay(toIsoOrUndefined));
}
