import zlib from "node:zlib";
import { PDFDocument, PDFRawStream } from "pdf-lib";

/**
 * Every text a pdf-lib PDF shows, from its content streams (Helvetica text is hex-encoded WinAnsi;
 * 0x95 is "•"), for tests of the portal's PDFs. Loading it with pdf-lib also proves it parses.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  let text = "";
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    let data = Buffer.from(object.contents);
    try {
      data = zlib.inflateSync(data);
    } catch {
      /* not compressed */
    }
    for (const match of data.toString("latin1").matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) text += `${Buffer.from(match[1]!, "hex").toString("latin1").replaceAll("\x95", "•")}\n`;
  }
  return text;
}
