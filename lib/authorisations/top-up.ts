import "server-only";
import type { Prisma } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import { copenhagenDay } from "../i18n/format";
import { formatMoney, type Reason } from "../rules";

/**
 * GOP-3: invoices held for a top-up are settled once the top-up is answered. The part above the
 * original guarantee is settled against the top-up guarantee as its own settlement (so each
 * guarantee's use is its own invoices, and a claim never finds the same money twice); whatever
 * the handler did not approve is the member's portion.
 */
export async function settleHeldInvoices(tx: Prisma.TransactionClient, topUpId: string, approvedMinor: number): Promise<void> {
  const held = await tx.authorisationInvoice.findMany({ where: { topUpId, status: "TOP_UP_REQUESTED" }, orderBy: { createdAt: "asc" } });
  const topUp = await tx.authorisation.findUniqueOrThrow({ where: { id: topUpId }, select: { reference: true, currency: true } });
  const money = (minor: number, locale: "da" | "en") => formatMoney(minor, topUp.currency, locale);
  let left = approvedMinor;
  for (const invoice of held) {
    const covered = Math.min(invoice.aboveGuaranteeMinor, Math.max(0, left));
    left -= covered;
    const refused = invoice.aboveGuaranteeMinor - covered;
    const lines: Reason[] = [
      {
        ruleId: "GOP-3",
        da: `Forhøjelse ${topUp.reference}: af ${money(invoice.aboveGuaranteeMinor, "da")} over garantien betaler vi ${money(covered, "da")} til behandleren${refused > 0 ? `; ${money(refused, "da")} er din egen andel` : ""}.`,
        en: `Top-up ${topUp.reference}: of ${money(invoice.aboveGuaranteeMinor, "en")} above the guarantee we pay ${money(covered, "en")} to the provider${refused > 0 ? `; ${money(refused, "en")} is your own share` : ""}.`,
      },
    ];
    const number = await nextNumber(tx, "GS", Number(copenhagenDay().slice(0, 4)));
    await tx.authorisationInvoice.create({
      data: {
        authorisationId: topUpId, number, invoiceNumber: invoice.invoiceNumber, invoiceDate: invoice.invoiceDate, paidOn: invoice.paidOn, documentId: invoice.documentId,
        amountMinor: invoice.aboveGuaranteeMinor, coveredMinor: covered, deductibleMinor: 0, uncoveredMinor: 0, memberShareMinor: refused, aboveGuaranteeMinor: 0,
        status: "SETTLED", content: { lines } as unknown as Prisma.InputJsonValue, createdById: invoice.createdById,
      },
    });
    const content = invoice.content as unknown as { lines: Reason[] };
    await tx.authorisationInvoice.update({ where: { id: invoice.id }, data: { status: "SETTLED", content: { lines: [...content.lines, ...lines] } as unknown as Prisma.InputJsonValue } });
    await tx.authorisationEvent.create({ data: { authorisationId: invoice.authorisationId, kind: "INVOICE_SETTLED", data: { number: invoice.number, topUpNumber: number, coveredMinor: covered } } });
  }
}
