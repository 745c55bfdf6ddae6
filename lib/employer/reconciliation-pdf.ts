import { PDFDocument, StandardFonts } from "pdf-lib";
import { MUTED, Writer } from "../claims/settlement-pdf";
import type { Locale } from "../i18n/config";
import { formatDate, formatMoney } from "../i18n/format";
import type { Reconciliation } from "./reconciliation";

/** A translator from the root of the messages (`employer.reconciliation.*`, `employerAdmins.pdf.*`). */
export type RootTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * GRP-5 as a PDF (issue 12 point 7): the same figures as the page and the CSV — per month the
 * person-months insured against those paid for, the difference and its amount, the totals and
 * whether the employer is charged or credited — in the admin's language, drawn with the
 * settlement note's writer. Counts and money only (GRP-3).
 */
export async function renderReconciliationPdf(r: Reconciliation, locale: Locale, t: RootTranslate): Promise<Uint8Array> {
  const rt = (key: string, values?: Record<string, string | number>) => t(`employer.reconciliation.${key}`, values);
  const pt = (key: string, values?: Record<string, string | number>) => t(`employerAdmins.pdf.${key}`, values);
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  const doc = await PDFDocument.create();
  doc.setTitle(`${pt("heading")} ${r.employer.name} ${r.year.from.slice(0, 4)}`);
  doc.setProducer(pt("issuedBy"));
  doc.setLanguage(locale === "da" ? "da-DK" : "en-GB");
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  w.text(`${pt("heading")}: ${r.employer.name}`, { size: 18, bold: true, gapAfter: 4 });
  const range = { from: formatDate(r.year.from, locale), to: formatDate(r.year.to, locale) };
  w.text(pt("lead", { employer: r.employer.name, cvr: r.employer.cvr, ...range, premium: money(r.monthlyPremiumMinor) }), { color: MUTED, gapAfter: 8 });
  w.cells([rt("month"), rt("insured"), rt("paidFor"), rt("difference"), rt("amount")], { bold: true });
  w.rule(4);
  for (const m of r.months) w.cells([m.month, String(m.insured), String(m.paidFor), String(m.difference), money(m.amountMinor)]);
  w.rule(4);
  w.cells([rt("total"), String(r.totals.insured), String(r.totals.paidFor), String(r.totals.difference), money(r.totals.amountMinor)], { bold: true });
  w.space(10);
  const outcome = r.totals.amountMinor > 0 ? rt("charged", { amount: money(r.totals.amountMinor) }) : r.totals.amountMinor < 0 ? rt("credited", { amount: money(-r.totals.amountMinor) }) : rt("even");
  w.text(outcome, { bold: true });

  w.footer((page, pages) => `${pt("issuedBy")} · ${r.employer.cvr} · ${pt("page", { page, pages })}`);
  return doc.save();
}
