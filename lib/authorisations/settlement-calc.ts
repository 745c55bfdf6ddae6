/**
 * GOP-3: a provider's invoice settled against a guarantee of payment, in exact øre. Pure.
 * Order as BEN-7: coverage percentage → deductible → the guarantee's remaining amount. What the
 * guarantee does not reach is not silently the member's: it becomes a top-up request a handler
 * decides (the member is told before paying).
 */
import type { Reason } from "../rules";
import { formatMoney } from "../rules";

export interface GuaranteeBalance {
  /** The approved amount of the guarantee (the insurer's part). */
  approvedMinor: number;
  /** Already settled against it by earlier invoices. */
  settledMinor: number;
  /** The deductible the member pays on this guarantee (BEN-4), and what earlier invoices took of it. */
  deductibleMinor: number;
  deductibleTakenMinor: number;
  /** The plan's coverage percentage for the treatment (BEN-1). */
  coveragePercent: number;
  currency: string;
}

export interface InvoiceSettlement {
  amountMinor: number;
  /** Paid by the insurer to the provider now. */
  coveredMinor: number;
  deductibleMinor: number;
  /** The part the plan does not cover (100 % − coverage percentage). */
  uncoveredMinor: number;
  /** The member's portion: deductible + uncovered part. */
  memberShareMinor: number;
  /** Covered by the plan but beyond the guarantee: a top-up request decides it. */
  aboveGuaranteeMinor: number;
  lines: Reason[];
}

export function settleInvoice(balance: GuaranteeBalance, invoiceMinor: number): InvoiceSettlement {
  const money = (minor: number, locale: "da" | "en") => formatMoney(minor, balance.currency, locale);
  const eligible = Math.round((invoiceMinor * balance.coveragePercent) / 100);
  const uncovered = invoiceMinor - eligible;
  const deductible = Math.min(Math.max(0, balance.deductibleMinor - balance.deductibleTakenMinor), eligible);
  const payable = eligible - deductible;
  const remaining = Math.max(0, balance.approvedMinor - balance.settledMinor);
  const covered = Math.min(payable, remaining);
  const above = payable - covered;
  const lines: Reason[] = [
    {
      ruleId: "BEN-1",
      da: `Faktura ${money(invoiceMinor, "da")}; forsikringen dækker ${balance.coveragePercent} %: ${money(eligible, "da")}. Ikke dækket: ${money(uncovered, "da")}.`,
      en: `Invoice ${money(invoiceMinor, "en")}; the plan covers ${balance.coveragePercent}%: ${money(eligible, "en")}. Not covered: ${money(uncovered, "en")}.`,
    },
  ];
  if (deductible > 0) lines.push({ ruleId: "BEN-4", da: `Selvrisiko: ${money(deductible, "da")}.`, en: `Deductible: ${money(deductible, "en")}.` });
  lines.push({
    ruleId: "GOP-3",
    da: `Garantien dækker ${money(balance.approvedMinor, "da")}, heraf brugt ${money(balance.settledMinor, "da")}: vi betaler ${money(covered, "da")} til behandleren.`,
    en: `The guarantee covers ${money(balance.approvedMinor, "en")}, of which ${money(balance.settledMinor, "en")} is used: we pay ${money(covered, "en")} to the provider.`,
  });
  if (above > 0) {
    lines.push({
      ruleId: "GOP-3",
      da: `${money(above, "da")} ligger over garantien: vi behandler det som en anmodning om forhøjelse, før du skal betale noget.`,
      en: `${money(above, "en")} is above the guarantee: we treat it as a top-up request before you need to pay anything.`,
    });
  }
  return { amountMinor: invoiceMinor, coveredMinor: covered, deductibleMinor: deductible, uncoveredMinor: uncovered, memberShareMinor: deductible + uncovered, aboveGuaranteeMinor: above, lines };
}
