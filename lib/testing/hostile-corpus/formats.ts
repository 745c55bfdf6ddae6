import { once } from "node:events";
import zlib from "node:zlib";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";

/** Builders of small, exact files for the hostile-upload corpus (corpus.ts). */

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (value: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value >>> 0);
  return b;
};

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
}

/** An RGB PNG of width × height; `rows` limits the pixel rows actually encoded (a pixel bomb encodes few). */
export function png(width: number, height: number, options: { rows?: number; after?: Buffer; text?: string } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Math.min(height, options.rows ?? height);
  const raw = Buffer.alloc(rows * (1 + 3 * Math.min(width, 4096)), 0x7f);
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", ihdr), ...(options.text ? [pngChunk("tEXt", Buffer.from(`Comment\0${options.text}`, "latin1"))] : []), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0)), options.after ?? Buffer.alloc(0)]);
}

/** A GIF89a with a 2-colour table, one frame; `frame` can declare a larger frame than the screen. */
export function gif(width: number, height: number, frame = { width, height }): Buffer {
  const le = (v: number) => [v & 0xff, v >> 8];
  return Buffer.from([
    ...Buffer.from("GIF89a", "latin1"),
    ...le(width), ...le(height), 0x80, 0, 0, // logical screen, global colour table of 2
    0, 0, 0, 0xff, 0xff, 0xff,
    0x2c, 0, 0, 0, 0, ...le(frame.width), ...le(frame.height), 0, // image descriptor
    0x02, 0x02, 0x44, 0x01, 0x00, // LZW min code size 2, one sub-block, terminator
    0x3b,
  ]);
}

/** A little-endian baseline TIFF, 8-bit grey, one strip (deflated when `compression` is 8). */
export function tiff(width: number, height: number, options: { compression?: 1 | 8; strip?: Buffer } = {}): Buffer {
  const compression = options.compression ?? 1;
  const strip = options.strip ?? (compression === 8 ? zlib.deflateSync(Buffer.alloc(width * Math.min(height, 64))) : Buffer.alloc(width * height, 0x80));
  const entries: [number, number, number][] = [
    [256, 4, width], [257, 4, height], [258, 3, 8], [259, 3, compression], [262, 3, 1],
    [273, 4, 0], [277, 3, 1], [278, 4, height], [279, 4, strip.length],
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const stripOffset = 8 + ifdSize;
  const out = Buffer.alloc(stripOffset + strip.length);
  out.write("II", 0, "latin1");
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(8, 4);
  out.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(1, at + 4);
    if (type === 3) out.writeUInt16LE(value, at + 8);
    else out.writeUInt32LE(tag === 273 ? stripOffset : value, at + 8);
  });
  out.writeUInt32LE(0, 10 + entries.length * 12);
  strip.copy(out, stripOffset);
  return out;
}

/** A JPEG with its frame header (SOF0/SOF2) rewritten to declare width × height. */
export function jpegDeclaring(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  let at = 2;
  while (at + 9 < out.length) {
    const marker = out[at + 1]!;
    if (marker === 0xc0 || marker === 0xc2) {
      out.writeUInt16BE(height, at + 5);
      out.writeUInt16BE(width, at + 7);
      return out;
    }
    at += 2 + out.readUInt16BE(at + 2);
  }
  throw new Error("no SOF0/SOF2 in the JPEG");
}

/** Deflates `size` zero bytes without holding them: a 1 GiB bomb is about 1 MB. */
export async function zeroBomb(size: number): Promise<Buffer> {
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

/** A one-page PDF changed by `change`; saved with object streams unless told otherwise. */
export async function pdf(change: (doc: PDFDocument) => void | Promise<void> = () => {}, options: { objectStreams?: boolean } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date("2026-11-10T09:00:00Z"));
  doc.setModificationDate(new Date("2026-11-10T09:00:00Z"));
  doc.addPage([200, 200]);
  await change(doc);
  return Buffer.from(await doc.save({ useObjectStreams: options.objectStreams ?? true }));
}

export const jsAction = (doc: PDFDocument, code = "app.alert(1)") => doc.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of(code) });

export function annotate(doc: PDFDocument, action: Record<string, unknown>): void {
  const annot = doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 50, 50], A: doc.context.obj(action as never) });
  doc.getPage(0).node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(annot)]));
}

export function rawStream(doc: PDFDocument, dict: Record<string, unknown>, data: Buffer) {
  return doc.context.register(PDFRawStream.of(doc.context.obj({ ...dict, Length: data.length } as never) as unknown as PDFDict, data));
}

/** Replaces a byte string in a saved PDF with one of the same length (the xref stays right). */
export function patch(bytes: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("patch keeps lengths equal");
  const at = bytes.indexOf(from, 0, "latin1");
  if (at < 0) throw new Error(`"${from}" not in the file`);
  const out = Buffer.from(bytes);
  out.write(to, at, "latin1");
  return out;
}
