import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, makeGif, makePdf, makePng, makeTiff, makeWindowsExe } from "../testing/documents-files";
import { validateDocumentBytes, validateDocumentFile, type ValidationResult } from "./validate";

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
