import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { letterPages, type LetterFacts, type LetterPage } from "./letter-content";

/** The GOP letter as an A4 PDF (pdf-lib, ADR 0009): the Danish page(s) first, then the English. */

const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.42);

/** Helvetica speaks WinAnsi only: characters outside it become "?" so the letter always renders. */
function winAnsi(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) => Array.from(text.normalize("NFC"), (c) => (known.has(c.codePointAt(0)!) ? c : c === "–" ? "-" : "?")).join("");
}

class LetterCursor {
  page!: PDFPage;
  y = 0;
  constructor(private readonly doc: PDFDocument, readonly regular: PDFFont, readonly bold: PDFFont, readonly clean: (t: string) => string) {}

  start() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private room(height: number) {
    if (this.y - height < PAGE.margin + 20) this.start();
  }

  write(text: string, size = 10, bold = false, color = INK, x = PAGE.margin) {
    const font = bold ? this.bold : this.regular;
    const width = PAGE.width - PAGE.margin - x;
    let line = "";
    const flush = () => {
      this.room(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x, y: this.y, size, font, color });
      line = "";
    };
    for (const word of this.clean(text).split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        flush();
        line = word;
      } else line = next;
    }
    if (line) flush();
  }

  pair(label: string, value: string) {
    const top = this.y;
    this.write(label, 10, false, MUTED);
    const afterLabel = this.y;
    this.y = top;
    this.write(value, 10, true, INK, PAGE.margin + 170);
    this.y = Math.min(this.y, afterLabel);
  }
}

function drawPage(cursor: LetterCursor, page: LetterPage) {
  cursor.start();
  cursor.write(page.heading, 17, true);
  cursor.y -= 4;
  cursor.write(page.lead, 10, false, MUTED);
  for (const section of page.sections) {
    cursor.y -= 10;
    cursor.write(section.title, 12, true);
    for (const [label, value] of section.rows) cursor.pair(label, value);
    for (const paragraph of section.paragraphs ?? []) cursor.write(paragraph);
  }
  cursor.y -= 16;
  cursor.write(page.footer, 8, false, MUTED);
}

export async function renderLetterPdf(facts: LetterFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${facts.kind === "GUARANTEE_OF_PAYMENT" ? "Betalingsgaranti / Guarantee of payment" : "Forhåndsgodkendelse / Pre-authorisation"} ${facts.reference}`);
  doc.setSubject(facts.reference);
  doc.setLanguage("da-DK");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const cursor = new LetterCursor(doc, regular, await doc.embedFont(StandardFonts.HelveticaBold), winAnsi(regular));
  for (const page of letterPages(facts)) drawPage(cursor, page);
  return doc.save();
}
