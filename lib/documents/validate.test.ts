import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { fixture, makeGif, makePdf, makePng, makeTiff, makeWindowsExe } from "../testing/documents-files";
import { PDF_LIMITS, validateDocumentBytes, validateDocumentFile, type ValidationResult } from "./validate";

const ok = (mimeType: string): ValidationResult => ({ ok: true, mimeType }) as ValidationResult;
const refused = (key: string): ValidationResult => ({ ok: false, messageKey: key }) as ValidationResult;
const UNSUPPORTED = refused("documents.errors.unsupportedType");
const DAMAGED = refused("documents.errors.damaged");

const cut = (bytes: Uint8Array, keep: number) => Buffer.from(bytes).subarray(0, keep);

const cases: [string, () => Promise<Uint8Array> | Uint8Array, ValidationResult][] = [
  // Accepted formats, decided by the bytes.
  ["invoice PDF fixture", () => fixture("invoice-gp.pdf"), ok("application/pdf")],
  ["referral PDF fixture", () => fixture("referral.pdf"), ok("application/pdf")],
  ["PDF with Danish file name fixture", () => fixture("faktura lægehus æøå.pdf"), ok("application/pdf")],
  ["freshly made PDF", () => makePdf(), ok("application/pdf")],
  ["PDF padded with NULs after %%EOF", async () => Buffer.concat([await makePdf(), Buffer.alloc(200)]), ok("application/pdf")],
  ["JPEG fixture", () => fixture("receipt.jpg"), ok("image/jpeg")],
  // Phones append data after the image: a motion photo's video, a vendor trailer, NUL padding.
  ["phone JPEG with a video appended (motion photo)", () => Buffer.concat([fixture("receipt.jpg"), Buffer.from("0000001c667479706d703432", "hex"), Buffer.alloc(4096, 7)]), ok("image/jpeg")],
  ["phone JPEG with a vendor trailer", () => Buffer.concat([fixture("receipt.jpg"), Buffer.from("SEFHSEFT\u0000\u0001trailer", "latin1")]), ok("image/jpeg")],
  ["JPEG padded with NULs", () => Buffer.concat([fixture("receipt.jpg"), Buffer.alloc(300)]), ok("image/jpeg")],
  ["PNG fixture", () => fixture("scan.png"), ok("image/png")],
  ["hand-made PNG", makePng, ok("image/png")],
  ["PNG padded with NULs after IEND", () => Buffer.concat([makePng(), Buffer.alloc(300)]), ok("image/png")],
  ["PNG with data after IEND", () => Buffer.concat([fixture("scan.png"), Buffer.from("vendor trailer", "latin1")]), ok("image/png")],
  ["GIF", makeGif, ok("image/gif")],
  ["TIFF", () => makeTiff(), ok("image/tiff")],

  // Not what the name says: executables and other formats.
  ["ELF executable named .pdf (fixture)", () => fixture("fake-invoice.pdf"), UNSUPPORTED],
  ["Windows executable (MZ/PE)", makeWindowsExe, UNSUPPORTED],
  ["plain text", () => Buffer.from("Faktura 650 kr.\n"), UNSUPPORTED],
  ["HTML (could run script if served inline)", () => Buffer.from("<!doctype html><script>alert(1)</script>"), UNSUPPORTED],
  ["ZIP archive", () => Buffer.from("504b0304140000000800", "hex"), UNSUPPORTED],
  ["executable with %PDF later in the file", () => Buffer.concat([makeWindowsExe(), Buffer.from("%PDF-1.7\n%%EOF\n")]), UNSUPPORTED],
  ["empty file", () => Buffer.alloc(0), refused("documents.errors.empty")],

  // Truncated or damaged.
  ["truncated PDF fixture", () => fixture("truncated.pdf"), DAMAGED],
  ["PDF cut in half", async () => { const b = await makePdf(); return cut(b, b.length / 2); }, DAMAGED],
  ["PDF missing only the %%EOF line", async () => { const b = await makePdf(); return cut(b, b.length - 7); }, DAMAGED],
  ["PDF cut in half with %%EOF stuck on", async () => { const b = await makePdf(); return Buffer.concat([cut(b, b.length / 2), Buffer.from("\n%%EOF\n")]); }, DAMAGED],
  ["PDF header and %%EOF around garbage", () => Buffer.from("%PDF-1.7\n" + "x".repeat(100) + "\n%%EOF\n"), DAMAGED],
  ["JPEG without its end marker", () => { const b = fixture("receipt.jpg"); return cut(b, b.length - 2); }, DAMAGED],
  ["JPEG cut in half", () => { const b = fixture("receipt.jpg"); return cut(b, b.length / 2); }, DAMAGED],
  ["JPEG cut just after its first scan header", () => { const b = fixture("receipt.jpg"); const sos = b.indexOf(Buffer.from([0xff, 0xda])); return cut(b, sos + 20); }, DAMAGED],
  ["JPEG cut in half with an end marker stuck on", () => { const b = fixture("receipt.jpg"); return Buffer.concat([cut(b, b.length / 2), Buffer.from([0xff, 0xd9])]); }, DAMAGED],
  ["JPEG whose segment length points past the end", () => { const b = Buffer.from(fixture("receipt.jpg")); b.writeUInt16BE(0xfff0, 4); return b; }, DAMAGED],
  ["PNG without IEND", () => { const b = makePng(); return cut(b, b.length - 12); }, DAMAGED],
  ["PNG with its last 3 bytes cut", () => { const b = makePng(); return cut(b, b.length - 3); }, DAMAGED],
  ["PNG fixture with its last 3 bytes cut", () => { const b = fixture("scan.png"); return cut(b, b.length - 3); }, DAMAGED],
  ["PNG whose IEND CRC is corrupted", () => { const b = Buffer.from(makePng()); b[b.length - 1] = b[b.length - 1]! ^ 0x01; return b; }, DAMAGED],
  ["PNG fixture cut in the middle with a correct IEND appended", () => { const b = fixture("scan.png"); return Buffer.concat([cut(b, Math.floor(b.length / 2)), b.subarray(b.length - 12)]); }, DAMAGED],
  ["PNG cut inside IDAT with a correct IEND appended", () => { const b = makePng(); const iend = b.subarray(b.length - 12); return Buffer.concat([cut(b, b.length - 12 - 6), iend]); }, DAMAGED],
  ["PNG whose IDAT length points past the end", () => { const b = Buffer.from(makePng()); b.writeUInt32BE(0x00ffffff, 8 + 25); return b; }, DAMAGED],
  ["GIF without trailer", () => { const b = makeGif(); return cut(b, b.length - 1); }, DAMAGED],
  ["TIFF with its strip cut off", () => { const b = makeTiff(); return cut(b, b.length - 10); }, DAMAGED],
  // file-type itself walks the first IFD and gives up on this one: refused as not a TIFF at all.
  ["TIFF whose IFD points past the end", () => { const b = Buffer.from(makeTiff()); b.writeUInt32LE(100_000, 4); return b; }, UNSUPPORTED],
  ["TIFF whose strip offset points past the end", () => { const b = Buffer.from(makeTiff()); b.writeUInt32LE(100_000, 8 + 2 + 5 * 12 + 8); return b; }, DAMAGED],
];

describe("validateDocumentBytes", () => {
  it.each(cases)("%s", async (_name, make, expected) => {
    expect(await validateDocumentBytes(await make())).toEqual(expected);
  });
});

describe("validateDocumentFile (the path the upload route uses)", () => {
  it.each(cases)("%s", async (_name, make, expected) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "validate-"));
    const file = path.join(dir, "upload.part");
    fs.writeFileSync(file, await make());
    try {
      expect(await validateDocumentFile(file)).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("handles a multi-megabyte PDF", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "validate-"));
    const file = path.join(dir, "big.part");
    fs.writeFileSync(file, await makePdf("Stor faktura", 5 * 1024 * 1024));
    try {
      expect(await validateDocumentFile(file)).toEqual(ok("application/pdf"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Hostile PDFs (issue 9), built in code.

/** Deflates `size` zero bytes without holding them: a 1 GiB bomb is about 1 MB. */
async function zeroBomb(size: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => parts.push(chunk));
  const done = once(deflate, "end");
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) {
    if (!deflate.write(chunk.subarray(0, Math.min(chunk.length, size - written)))) await once(deflate, "drain");
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

/** A one-page PDF whose page content stream inflates to `size` bytes. */
async function pdfWithContentBomb(size: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 200]);
  const data = await zeroBomb(size);
  const stream = PDFRawStream.of(pdf.context.obj({ Filter: "FlateDecode", Length: data.length }), data);
  page.node.set(PDFName.of("Contents"), pdf.context.register(stream));
  return pdf.save({ useObjectStreams: false });
}

/**
 * A valid PDF with an extra object stream (/Type /ObjStm) that inflates to `size` bytes: pdf-lib
 * decodes every object stream while loading, synchronously, in its own JS inflater.
 */
async function pdfWithObjectStreamBomb(size: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  const data = await zeroBomb(size);
  const stream = PDFRawStream.of(pdf.context.obj({ Type: "ObjStm", N: 1, First: 4, Filter: "FlateDecode", Length: data.length }), data);
  pdf.context.register(stream);
  return pdf.save({ useObjectStreams: false });
}

async function pdfWith(change: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  change(pdf);
  return pdf.save();
}

const TOO_COMPLEX = refused("documents.errors.tooComplex");
const ACTIVE = refused("documents.errors.activeContent");
const script = (pdf: PDFDocument) => pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert(1)") });

describe("hostile PDFs", () => {
  it("refuses a PDF whose content stream inflates past the decode bound", async () => {
    const bytes = await pdfWithContentBomb(PDF_LIMITS.maxDecodedBytes + 10 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await validateDocumentBytes(bytes)).toEqual(TOO_COMPLEX);
  });

  it("still accepts a PDF whose streams inflate to a modest size", async () => {
    expect(await validateDocumentBytes(await pdfWithContentBomb(2 * 1024 * 1024))).toEqual(ok("application/pdf"));
  });

  it("refuses a 1 GiB object-stream bomb within seconds while the event loop keeps ticking", async () => {
    const bytes = await pdfWithObjectStreamBomb(1024 * 1024 * 1024);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "validate-"));
    const file = path.join(dir, "bomb.part");
    fs.writeFileSync(file, bytes);
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 20);
    try {
      const started = performance.now();
      expect(await validateDocumentFile(file)).toEqual(TOO_COMPLEX);
      // Bounds with room for a loaded CI machine; the bug was a 17 s freeze of the whole server.
      expect(performance.now() - started).toBeLessThan(8_000);
      expect(longestGap).toBeLessThan(2_000);
    } finally {
      clearInterval(ticker);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("bounds pdf-lib's own decoders too (object stream wrapped in ASCIIHex, which the native pass cannot see)", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]);
    const data = Buffer.from((await zeroBomb(PDF_LIMITS.maxDecodedBytes + 10 * 1024 * 1024)).toString("hex") + ">", "latin1");
    const filters = pdf.context.obj(["ASCIIHexDecode", "FlateDecode"]);
    pdf.context.register(PDFRawStream.of(pdf.context.obj({ Type: "ObjStm", N: 1, First: 4, Filter: filters, Length: data.length }), data));
    expect(await validateDocumentBytes(await pdf.save({ useObjectStreams: false }))).toEqual(TOO_COMPLEX);
  }, 30_000);

  it("refuses as too complex when the check runs past its time limit (the worker is terminated)", async () => {
    const saved = PDF_LIMITS.timeoutMs;
    PDF_LIMITS.timeoutMs = 1; // shorter than a worker takes to start
    try {
      expect(await validateDocumentBytes(await makePdf())).toEqual(TOO_COMPLEX);
    } finally {
      PDF_LIMITS.timeoutMs = saved;
    }
    expect(await validateDocumentBytes(await makePdf())).toEqual(ok("application/pdf"));
  });

  it("refuses an /OpenAction JavaScript", async () => {
    expect(await validateDocumentBytes(await pdfWith((pdf) => pdf.catalog.set(PDFName.of("OpenAction"), script(pdf))))).toEqual(ACTIVE);
  });

  it("refuses a page's additional actions (/AA)", async () => {
    const bytes = await pdfWith((pdf) => pdf.getPage(0).node.set(PDFName.of("AA"), pdf.context.obj({ O: script(pdf) })));
    expect(await validateDocumentBytes(bytes)).toEqual(ACTIVE);
  });

  it("refuses document JavaScript in the names tree", async () => {
    const bytes = await pdfWith((pdf) => {
      const js = pdf.context.obj({ Names: [PDFString.of("init"), pdf.context.register(script(pdf))] });
      pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ JavaScript: pdf.context.register(js) }));
    });
    expect(await validateDocumentBytes(bytes)).toEqual(ACTIVE);
  });

  it("refuses a link annotation that launches a program", async () => {
    const bytes = await pdfWith((pdf) => {
      const annot = pdf.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 50, 50], A: { S: "Launch", F: PDFString.of("cmd.exe") } });
      pdf.getPage(0).node.set(PDFName.of("Annots"), pdf.context.obj([pdf.context.register(annot)]));
    });
    expect(await validateDocumentBytes(bytes)).toEqual(ACTIVE);
  });

  it("accepts a clean PDF with a plain /OpenAction destination and a link to a web page", async () => {
    const bytes = await pdfWith((pdf) => {
      pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj([pdf.getPage(0).ref, "Fit"]));
      const annot = pdf.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 50, 50], A: { S: "URI", URI: PDFString.of("https://example.org") } });
      pdf.getPage(0).node.set(PDFName.of("Annots"), pdf.context.obj([pdf.context.register(annot)]));
    });
    expect(await validateDocumentBytes(bytes)).toEqual(ok("application/pdf"));
  });
});
