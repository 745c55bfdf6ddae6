/**
 * Small real files for the documents tests: the committed e2e fixtures plus hand-built TIFF,
 * GIF and PNG bytes (so every accepted format has a valid and a broken case without image tools).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";

export const FIXTURES = path.resolve(import.meta.dirname, "../../e2e/fixtures");

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** A one-page PDF; `padTo` grows it (uncompressed filler text) for size tests. */
export async function makePdf(text = "Faktura", padTo = 0): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 200]);
  page.drawText(text, { x: 10, y: 100, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const bytes = await pdf.save();
  if (padTo <= bytes.length) return bytes;
  // A PDF comment block before the header's end is still a valid PDF: insert filler after line 1.
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const filler = Buffer.alloc(padTo - bytes.length, "%".charCodeAt(0));
  for (let i = 79; i < filler.length; i += 80) filler[i] = 0x0a;
  filler[filler.length - 1] = 0x0a;
  return Buffer.concat([bytes.subarray(0, headerEnd), filler, bytes.subarray(headerEnd)]);
}

/** 1×1 black pixel GIF89a. */
export function makeGif(): Buffer {
  return Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 2×2 grey PNG. */
export function makePng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.from([0, 128, 128, 0, 128, 128]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * An uncompressed greyscale little-endian TIFF, `width`×`height`, with one strip placed AFTER the
 * IFD (as many scanners write it) — so cutting the file loses image data the IFD points at.
 */
export function makeTiff(width = 16, height = 16): Buffer {
  const tags: [number, number, number, number][] = [
    [256, 4, 1, width], // ImageWidth
    [257, 4, 1, height], // ImageLength
    [258, 3, 1, 8], // BitsPerSample
    [259, 3, 1, 1], // Compression: none
    [262, 3, 1, 1], // Photometric: BlackIsZero
    [273, 4, 1, 0], // StripOffsets (patched below)
    [277, 3, 1, 1], // SamplesPerPixel
    [278, 4, 1, height], // RowsPerStrip
    [279, 4, 1, width * height], // StripByteCounts
  ];
  const ifdOffset = 8;
  const ifdLength = 2 + tags.length * 12 + 4;
  const stripOffset = ifdOffset + ifdLength;
  const buf = Buffer.alloc(stripOffset + width * height, 0x80);
  buf.write("II", 0, "latin1");
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(ifdOffset, 4);
  buf.writeUInt16LE(tags.length, ifdOffset);
  tags.forEach(([tag, type, count, value], i) => {
    const at = ifdOffset + 2 + i * 12;
    buf.writeUInt16LE(tag, at);
    buf.writeUInt16LE(type, at + 2);
    buf.writeUInt32LE(count, at + 4);
    const v = tag === 273 ? stripOffset : value;
    if (type === 3) buf.writeUInt16LE(v, at + 8);
    else buf.writeUInt32LE(v, at + 8);
  });
  buf.writeUInt32LE(0, ifdOffset + 2 + tags.length * 12); // no next IFD
  return buf;
}

/** What a Windows executable starts with. */
export function makeWindowsExe(): Buffer {
  const buf = Buffer.alloc(1024);
  buf.write("MZ", 0, "latin1");
  buf.writeUInt32LE(0x80, 0x3c);
  buf.write("PE\0\0", 0x80, "latin1");
  return buf;
}
