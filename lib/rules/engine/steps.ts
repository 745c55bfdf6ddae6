import type { RuleId } from "../ruleIds";
import type { CalculationStep, StepKind } from "../schema/decision";

/** Records BEN-7 steps against a running amount; every step says what it did and why. */
export class StepRecorder {
  readonly list: CalculationStep[] = [];
  amount: number;

  constructor(start: number) {
    this.amount = start;
  }

  record(kind: StepKind, ruleId: RuleId, amountMinor: number, da: string, en: string): void {
    this.list.push({ kind, ruleId, amountMinor, changeMinor: amountMinor - this.amount, da, en });
    this.amount = amountMinor;
  }

  /** Lowers the running amount to `limit` if it is above; returns whether the limit bound. */
  cap(kind: StepKind, ruleId: RuleId, limit: number, text: (before: number, after: number) => [string, string]): boolean {
    if (this.amount <= limit) return false;
    const after = Math.max(0, limit);
    const [da, en] = text(this.amount, after);
    this.record(kind, ruleId, after, da, en);
    return true;
  }
}
