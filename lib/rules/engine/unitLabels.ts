import type { BenefitCategory } from "../schema/plan";

const UNIT_LABELS: Record<BenefitCategory["unit"], { da: [string, string]; en: [string, string] }> = {
  visit: { da: ["besøg", "besøg"], en: ["visit", "visits"] },
  treatment: { da: ["behandling", "behandlinger"], en: ["treatment", "treatments"] },
  item: { da: ["stk.", "stk."], en: ["item", "items"] },
  day: { da: ["dag", "dage"], en: ["day", "days"] },
  invoice: { da: ["regning", "regninger"], en: ["invoice", "invoices"] },
};

export function unitLabel(unit: BenefitCategory["unit"], quantity: number, locale: "da" | "en"): string {
  const labels = UNIT_LABELS[unit][locale];
  return `${quantity} ${quantity === 1 ? labels[0] : labels[1]}`;
}
