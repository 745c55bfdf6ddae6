import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Locale } from "../i18n/config";
import { formatDate, formatMoney } from "../i18n/format";
import type { SettlementContent, SettlementLine } from "./settlement-content";

/** The settlement namespace's translator (`t("line.title", { lineNo })`). */
export type SettlementTranslate = (key: string, values?: Record<string, string | number>) => string;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.35, 0.38, 0.42);
const RULE = rgb(0.8, 0.82, 0.85);

/**
 * The standard Helvetica font speaks WinAnsi (Windows-1252): æ ø å, the no-break space in
 * amounts and "•" are in it; anything else (another script, "≤") would make pdf-lib throw, so
 * it is replaced — the member page shows the exact text, the PDF stays printable.
 */
function sanitiser(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.normalize("NFC"))
      .map((char) => {
        const code = char.codePointAt(0)!;
        if (supported.has(code)) return char;
        if (code === 0x202f) return "\u00a0";
        if (char === "≤") return "<=";
        if (char === "≥") return ">=";
        if (char === "−") return "-";
        return "?";
      })
      .join("");
}

/** An A4 page writer (text, label/amount rows, table rows, rules, footer), shared by the portal's PDFs (the reconciliation too). */
export class Writer {
  private pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  readonly clean: (text: string) => string;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.clean = sanitiser(font);
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split("\n")) {
      let current = "";
      for (const word of paragraph.split(" ")) {
        const candidate = current ? `${current} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !current) current = candidate;
        else {
          lines.push(current);
          current = word;
        }
      }
      lines.push(current);
    }
    return lines;
  }

  text(text: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number; gapAfter?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.35;
    for (const line of this.wrap(text, font, size, A4.width - 2 * MARGIN - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: options.color ?? INK });
    }
    this.y -= options.gapAfter ?? 0;
  }

  /** Label left, amount right-aligned, on one row. */
  row(label: string, value: string, options: { bold?: boolean; indent?: number } = {}) {
    const size = 10;
    const font = options.bold ? this.bold : this.font;
    this.ensure(size * 1.4);
    this.y -= size * 1.4;
    const x = MARGIN + (options.indent ?? 0);
    const clean = this.clean(value);
    this.page.drawText(this.clean(label), { x, y: this.y, size, font, color: INK });
    this.page.drawText(clean, { x: A4.width - MARGIN - font.widthOfTextAtSize(clean, size), y: this.y, size, font, color: INK });
  }

  /** A table row: the first cell left-aligned, the others right-aligned in equal columns to the right margin. */
  cells(values: string[], options: { bold?: boolean; firstWidth?: number } = {}) {
    const size = 10;
    const font = options.bold ? this.bold : this.font;
    this.ensure(size * 1.4);
    this.y -= size * 1.4;
    const [first = "", ...rest] = values.map(this.clean);
    const firstWidth = options.firstWidth ?? 110;
    const width = (A4.width - 2 * MARGIN - firstWidth) / Math.max(rest.length, 1);
    this.page.drawText(first, { x: MARGIN, y: this.y, size, font, color: INK });
    rest.forEach((text, i) => {
      const right = MARGIN + firstWidth + width * (i + 1);
      this.page.drawText(text, { x: right - font.widthOfTextAtSize(text, size), y: this.y, size, font, color: INK });
    });
  }

  rule(gap = 6) {
    this.ensure(gap * 2);
    this.y -= gap;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4.width - MARGIN, y: this.y }, thickness: 0.5, color: RULE });
    this.y -= gap;
  }

  space(height: number) {
    this.y -= height;
  }

  footer(label: (page: number, pages: number) => string) {
    this.pages.forEach((page, index) => {
      const text = this.clean(label(index + 1, this.pages.length));
      page.drawText(text, { x: A4.width - MARGIN - this.font.widthOfTextAtSize(text, 8), y: MARGIN / 2, size: 8, font: this.font, color: MUTED });
    });
  }
}

function lineSection(w: Writer, line: SettlementLine, content: SettlementContent, locale: Locale, t: SettlementTranslate) {
  const money = (minor: number) => formatMoney(minor, content.currency, locale);
  w.text(t("line.title", { lineNo: line.lineNo, category: line.category.label[locale] }), { size: 12, bold: true, gapAfter: 2 });
  w.text(t("line.meta", { date: formatDate(line.date, locale), provider: line.providerName }), { color: MUTED });
  w.text(`${t("line.outcome")}: ${t(`outcomes.${line.outcome}`)}`, { bold: true, gapAfter: 2 });
  const rows: [string, number][] = [
    ["claimed", line.claimedMinor],
    ["eligible", line.eligibleMinor],
    ["coverage", line.coverageMinor],
    ["caps", line.capsMinor],
    ["deductible", line.deductibleMinor],
    ["reductions", line.reductionsMinor],
  ];
  for (const [key, amount] of rows) w.row(t(`amounts.${key}`), money(amount), { indent: 10 });
  w.row(t("amounts.paid"), money(line.paidMinor), { bold: true, indent: 10 });
  w.row(t("amounts.memberShare"), money(line.memberShareMinor), { indent: 10 });
  w.space(4);
  w.text(t("line.steps"), { bold: true });
  for (const step of line.steps) w.text(`${step.ruleId ? `[${step.ruleId}] ` : ""}${step[locale]}`, { indent: 10 });
  if (line.reasons.length) {
    w.text(t("line.reasons"), { bold: true });
    for (const reason of line.reasons) w.text(`[${reason.ruleId}] ${reason[locale]}`, { indent: 10 });
  }
  if (line.adjustment) {
    w.text(t("line.adjustment"), { bold: true });
    w.text(`${line.adjustment.ruleId ? `${t("line.adjustmentRule", { ruleId: line.adjustment.ruleId })}: ` : ""}${line.adjustment.reason}`, { indent: 10 });
  }
  w.rule(8);
}

/** Renders the frozen note content as an A4 PDF in the reader's language. Same content as the member page. */
export async function renderSettlementPdf(note: { number: string; content: SettlementContent }, locale: Locale, t: SettlementTranslate): Promise<Uint8Array> {
  const { content } = note;
  const doc = await PDFDocument.create();
  doc.setTitle(`${t("pdf.heading")} ${note.number}`);
  doc.setSubject(content.claimNumber);
  doc.setProducer(t("pdf.issuedBy"));
  doc.setLanguage(locale === "da" ? "da-DK" : "en-GB");
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  const money = (minor: number) => formatMoney(minor, content.currency, locale);

  w.text(`${t("pdf.heading")} ${note.number}`, { size: 18, bold: true, gapAfter: 4 });
  w.text(t("lead", { claimNumber: content.claimNumber }), { color: MUTED, gapAfter: 6 });
  w.row(t("summary.claimNumber"), content.claimNumber);
  w.row(t("summary.patient"), content.patientName);
  w.row(t("summary.decidedOn"), formatDate(content.decidedOn, locale));
  w.row(t("summary.decidedBy"), t(`summary.${content.decidedBy}`));
  w.row(t("summary.payee"), content.payee.name);
  w.row(t("summary.account"), content.payee.accountMasked ?? "-");
  w.row(t("summary.paymentDate"), content.paymentDate ? formatDate(content.paymentDate, locale) : t("summary.noPayment"));
  w.rule(10);

  for (const line of content.lines) lineSection(w, line, content, locale, t);

  w.text(t("totals.title"), { size: 12, bold: true });
  w.row(t("totals.claimed"), money(content.totals.claimedMinor));
  w.row(t("totals.paid"), money(content.totals.payableMinor), { bold: true });
  w.row(t("totals.memberShare"), money(content.totals.memberShareMinor));
  w.rule(10);

  w.text(t("complain.title"), { size: 12, bold: true, gapAfter: 2 });
  w.text(t("complain.intro", { claimNumber: content.claimNumber }), { gapAfter: 2 });
  w.text(t("complain.internal"), { gapAfter: 2 });
  w.text(t("complain.external"));

  w.footer((page, pages) => `${t("pdf.issuedBy")} · ${note.number} · ${t("pdf.page", { page, pages })}`);
  return doc.save();
}
