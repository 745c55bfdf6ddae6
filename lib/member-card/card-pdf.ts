import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import type { Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import type { MemberCard } from "./cards";

/**
 * The membership card as a printable PDF of credit-card size (ISO/IEC 7810 ID-1, 85.60 × 53.98
 * mm): insurer, name, member and policy number, validity, emergency phone and the QR code of the
 * verification URL, drawn as vector squares from the QR matrix (sharp at any print size).
 */

const MM = 72 / 25.4;
const CARD = { width: 85.6 * MM, height: 53.98 * MM };
const PAD = 4 * MM;
const BRAND = rgb(0.06, 0.3, 0.55);
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.32, 0.35, 0.4);

export type CardTranslate = (key: string, values?: Record<string, string>) => string;

/** Standard Helvetica speaks WinAnsi (æ ø å included); anything else becomes "?" so the PDF always renders. */
function clean(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) => Array.from(text.normalize("NFC")).map((char) => (supported.has(char.codePointAt(0)!) ? char : "?")).join("");
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const cell = size / count;
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) page.drawRectangle({ x: x + col * cell, y: y + size - (row + 1) * cell, width: cell, height: cell, color: INK });
    }
  }
}

export async function renderCardPdf(card: MemberCard, locale: Locale, t: CardTranslate): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${t("pdf.title")} – ${card.name}`);
  doc.setLanguage(locale === "da" ? "da-DK" : "en-GB");
  const page = doc.addPage([CARD.width, CARD.height]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const text = clean(font);

  page.drawRectangle({ x: 0, y: CARD.height - 10 * MM, width: CARD.width, height: 10 * MM, color: BRAND });
  page.drawText(text(card.insurer), { x: PAD, y: CARD.height - 6.5 * MM, size: 8, font: bold, color: rgb(1, 1, 1) });
  page.drawText(text(t("pdf.title")), { x: PAD, y: CARD.height - 9 * MM, size: 5.5, font, color: rgb(1, 1, 1) });

  const qrSize = 22 * MM;
  drawQr(page, card.verifyUrl, CARD.width - PAD - qrSize, PAD + 3 * MM, qrSize);
  page.drawText(text(t("pdf.scan")), { x: CARD.width - PAD - qrSize, y: PAD, size: 4.5, font, color: MUTED });

  let y = CARD.height - 15 * MM;
  page.drawText(text(card.name), { x: PAD, y, size: 9, font: bold, color: INK });
  const validity = card.validTo ? t("validFromTo", { from: formatDate(card.validFrom, locale, "short"), to: formatDate(card.validTo, locale, "short") }) : t("validFrom", { from: formatDate(card.validFrom, locale, "short") });
  for (const [label, value] of [
    [t("memberNumber"), card.memberNumber],
    [t("policyNumber"), card.policyNumber],
    [t("validity"), validity],
    [t("emergency"), t("emergencyPhone")],
  ] as const) {
    y -= 7 * MM;
    page.drawText(text(label), { x: PAD, y: y + 2.8 * MM, size: 5, font, color: MUTED });
    page.drawText(text(value), { x: PAD, y, size: 7, font: bold, color: INK });
  }
  return doc.save();
}
