import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { fileTypeFromBuffer, fileTypeFromFile } from "file-type";
import { gifDimensions, jpegDimensions, pngDimensions, tiffDimensions, tooManyPixels, type Dimensions } from "./image-dimensions";
import { ACCEPTED_MIME_TYPES, type AcceptedMimeType } from "./limits";

/**
 * Decides what an upload really is — by its bytes, never by its name or the browser's
 * Content-Type — and whether it is complete. A renamed executable (MZ/ELF…) is not one of the
 * accepted types; a file cut off during upload or scanning fails the format's end-of-file check.
 */
export type ValidationResult =
  | { ok: true; mimeType: AcceptedMimeType }
  | {
      ok: false;
      messageKey:
        | "documents.errors.empty"
        | "documents.errors.unsupportedType"
        | "documents.errors.damaged"
        | "documents.errors.tooComplex"
        | "documents.errors.activeContent";
    };

type Refusal = Extract<ValidationResult, { ok: false }>["messageKey"];

/** How far from the end the PDF end marker may sit (PDF writers may add a few bytes after it). */
const PDF_EOF_WINDOW = 1024;

/** Random access to the candidate file, so big files are not read whole unless needed (PDF). */
interface Source {
  size: number;
  detect(): Promise<string | undefined>;
  read(start: number, length: number): Promise<Uint8Array>;
  readAll(): Promise<Uint8Array>;
}

export async function validateDocumentFile(filePath: string): Promise<ValidationResult> {
  const handle = await fs.open(filePath, "r");
  try {
    const { size } = await handle.stat();
    return await validate({
      size,
      detect: async () => (await fileTypeFromFile(filePath))?.mime,
      read: async (start, length) => {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
        if (buffer.length > 0) await handle.read(buffer, 0, buffer.length, start);
        return buffer;
      },
      readAll: () => fs.readFile(filePath),
    });
  } finally {
    await handle.close();
  }
}

export async function validateDocumentBytes(bytes: Uint8Array): Promise<ValidationResult> {
  return validate({
    size: bytes.length,
    detect: async () => (await fileTypeFromBuffer(bytes))?.mime,
    read: async (start, length) => bytes.subarray(start, Math.min(bytes.length, start + length)),
    readAll: async () => bytes,
  });
}

function isAccepted(mime: string | undefined): mime is AcceptedMimeType {
  return (ACCEPTED_MIME_TYPES as readonly string[]).includes(mime ?? "");
}

async function validate(source: Source): Promise<ValidationResult> {
  if (source.size === 0) return { ok: false, messageKey: "documents.errors.empty" };
  const mimeType = await source.detect();
  if (!isAccepted(mimeType)) return { ok: false, messageKey: "documents.errors.unsupportedType" };
  const verdict = await INTEGRITY[mimeType](source);
  if (verdict === true && tooManyPixels(await DIMENSIONS[mimeType](source))) return { ok: false, messageKey: "documents.errors.tooComplex" };
  if (verdict === true) return { ok: true, mimeType };
  return { ok: false, messageKey: verdict === false ? "documents.errors.damaged" : verdict };
}

/** `true` when complete, `false` when damaged, or a more specific refusal (PDF). */
const INTEGRITY: Record<AcceptedMimeType, (source: Source) => Promise<boolean | Refusal>> = {
  "application/pdf": pdfVerdict,
  "image/jpeg": async (s) => jpegIsComplete(await s.readAll()),
  "image/png": async (s) => pngIsComplete(await s.readAll()),
  "image/gif": async (s) => endsWith(await tail(s), [0x3b]),
  "image/tiff": tiffIsComplete,
};

/** The declared pixel size of an image (pixel bombs, image-dimensions.ts); PDFs are bounded in the worker. */
const DIMENSIONS: Record<AcceptedMimeType, (source: Source) => Promise<Dimensions | null>> = {
  "application/pdf": async () => null,
  "image/jpeg": async (s) => jpegDimensions(await s.readAll()),
  "image/png": (s) => pngDimensions(s.read),
  "image/gif": async (s) => gifDimensions(await s.readAll()),
  "image/tiff": (s) => tiffDimensions(s.read, s.size),
};

/** The last bytes of the file without trailing NUL padding (some scanners pad to a block size). */
async function tail(source: Source, length = 16): Promise<Uint8Array> {
  const window = await source.read(Math.max(0, source.size - 1024), 1024);
  let end = window.length;
  while (end > 0 && window[end - 1] === 0x00) end -= 1;
  return window.subarray(Math.max(0, end - length), end);
}

function endsWith(bytes: Uint8Array, suffix: number[]): boolean {
  if (bytes.length < suffix.length) return false;
  return suffix.every((b, i) => bytes[bytes.length - suffix.length + i] === b);
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * JPEG: walks the segments from SOI through every scan to the EOI that ends the image. Phones
 * append data after it (Google's motion photos add a video, Samsung a trailer), so what follows
 * EOI does not matter; a file cut off anywhere before it does. Segments are skipped by their
 * length, so an EXIF thumbnail's own EOI is not mistaken for the image's.
 */
function jpegIsComplete(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker
      continue;
    }
    at += 2;
    if (marker === 0xd9) return true;
    if (isRestart(marker) || marker === 0x01) continue; // markers without a length
    if (at + 1 >= bytes.length) return false;
    const length = (bytes[at]! << 8) | bytes[at + 1]!;
    if (length < 2 || at + length > bytes.length) return false;
    at += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker: 0xFF not followed by a stuffed 0x00 or a restart.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !isRestart(bytes[at + 1]!))) at += 1;
    }
  }
  return false;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = 0x49454e44; // "IEND"

/**
 * PNG: walks the chunks by their lengths from the signature to IEND, which must be whole (length 0)
 * with a correct CRC. A file cut anywhere — even by the last byte of IEND's CRC — fails, and so
 * does a cut body with IEND's 12 bytes stuck on (the walk lands in the middle of nothing that is a
 * chunk, or past the end). Only IEND's CRC is computed; no image data is decompressed. What follows
 * IEND does not matter (as after a JPEG's EOI: NUL padding, vendor trailers).
 */
function pngIsComplete(bytes: Uint8Array): boolean {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    if (length > 0x7fffffff || !isPngChunkType(bytes.subarray(at + 4, at + 8))) return false;
    const end = at + 12 + length;
    if (end > bytes.length) return false;
    if (type === PNG_IEND) return length === 0 && crc32(bytes.subarray(at + 4, at + 8)) === view.getUint32(at + 8);
    at = end;
  }
  return false;
}

/** A chunk type is four ASCII letters (PNG spec, 5.4). */
function isPngChunkType(type: Uint8Array): boolean {
  return type.every((c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/** CRC-32 as PNG and zlib define it (`zlib.crc32` exists only from Node 22). */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PDF_EOF = [...Buffer.from("%%EOF", "latin1")];

/**
 * PDF: the end marker, then the parse in a worker thread (validate-worker.mjs): pdf-lib is
 * synchronous and decodes object streams itself, so a small file whose streams inflate to
 * gigabytes would block the event loop and exhaust memory on the main thread. The worker bounds
 * the total decoded size (PDF_LIMITS.maxDecodedBytes), runs with a heap limit and is terminated
 * after PDF_LIMITS.timeoutMs; either way the file is refused as too complex. It also refuses
 * active content (JavaScript, launch actions, additional actions).
 */
async function pdfVerdict(source: Source): Promise<boolean | Refusal> {
  const end = await source.read(Math.max(0, source.size - PDF_EOF_WINDOW), PDF_EOF_WINDOW);
  if (indexOf(end, PDF_EOF) < 0) return false;
  const verdict = await withWorkerSlot(async () => checkPdfInWorker(await source.readAll()));
  if (verdict === "ok") return true;
  if (verdict === "damaged") return false;
  return verdict === "activeContent" ? "documents.errors.activeContent" : "documents.errors.tooComplex";
}

export const PDF_LIMITS = {
  /** Total bytes all of a PDF's streams may decode to (the native pass and pdf-lib's each). */
  maxDecodedBytes: 100 * 1024 * 1024,
  /** Wall-clock time of one check; then the worker is terminated. */
  timeoutMs: 10_000,
  /** The worker's V8 heap. */
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  /** Checks running at once (each may use the heap above plus the decode budget). */
  parallel: 2,
};

type WorkerVerdict = "ok" | "damaged" | "tooComplex" | "activeContent";

/**
 * The worker runs the plain file from the project, unbundled (pdf-lib from node_modules, so the
 * decode bound patches the very module pdf-lib uses). It is resolved from the working directory,
 * not from this module: Next bundles server code into `.next/`, where a path relative to
 * `import.meta.url` does not exist, and Turbopack rewrites `new Worker(<analysable path>)` into
 * a bundled copy of the file — so the Worker is started with `eval` code that imports the file
 * at run time. `next start`, `next dev`, vitest and the scripts all run from the project root.
 */
const WORKER_URL = pathToFileURL(path.join(process.cwd(), "lib", "documents", "validate-worker.mjs")).href;
const WORKER_CODE = `import(${JSON.stringify(WORKER_URL)});`;

let running = 0;
const waiting: (() => void)[] = [];

async function withWorkerSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= PDF_LIMITS.parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function checkPdfInWorker(bytes: Uint8Array): Promise<WorkerVerdict> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { bytes, maxDecodedBytes: PDF_LIMITS.maxDecodedBytes },
      resourceLimits: {
        maxOldGenerationSizeMb: PDF_LIMITS.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: PDF_LIMITS.maxYoungGenerationSizeMb,
      },
      stdout: false,
      stderr: false,
    });
    const timer = setTimeout(() => settle(() => resolve("tooComplex")), PDF_LIMITS.timeoutMs);
    worker.once("message", (message: { verdict: WorkerVerdict }) => settle(() => resolve(message.verdict)));
    worker.once("error", (error: NodeJS.ErrnoException) => {
      // Out of heap while parsing: the file is too complex. Anything else (the worker file
      // missing, a bug) is the server's fault and must not be reported as the member's file.
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") settle(() => resolve("tooComplex"));
      else settle(() => reject(error));
    });
    worker.once("exit", (code) => settle(() => reject(new Error(`PDF check worker exited with code ${code} without a verdict`))));
  });
}

/**
 * TIFF: a valid header, a first IFD inside the file, and every strip/tile it points at inside the
 * file (a truncated scan loses its image data). BigTIFF: header and first IFD offset only.
 */
async function tiffIsComplete(source: Source): Promise<boolean> {
  const header = await source.read(0, 16);
  const little = header[0] === 0x49 && header[1] === 0x49; // "II"
  const big = header[0] === 0x4d && header[1] === 0x4d; // "MM"
  if ((!little && !big) || header.length < 8) return false;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const magic = view.getUint16(2, little);
  if (magic === 43) {
    if (header.length < 16) return false;
    const offset = Number(view.getBigUint64(8, little));
    return offset >= 16 && offset + 8 <= source.size;
  }
  if (magic !== 42) return false;
  const ifdOffset = view.getUint32(4, little);
  if (ifdOffset < 8 || ifdOffset + 2 > source.size) return false;
  const countBytes = await source.read(ifdOffset, 2);
  const count = new DataView(countBytes.buffer, countBytes.byteOffset, 2).getUint16(0, little);
  const ifdLength = 2 + count * 12 + 4;
  if (count === 0 || ifdOffset + ifdLength > source.size) return false;
  const ifd = await source.read(ifdOffset, ifdLength);
  const entries = new DataView(ifd.buffer, ifd.byteOffset, ifd.byteLength);

  const values = async (tag: number): Promise<number[] | null> => {
    for (let i = 0; i < count; i += 1) {
      const at = 2 + i * 12;
      if (entries.getUint16(at, little) !== tag) continue;
      const type = entries.getUint16(at + 2, little);
      const n = entries.getUint32(at + 4, little);
      const width = type === 3 ? 2 : type === 4 ? 4 : 0; // SHORT or LONG
      if (width === 0 || n === 0 || n > 1_000_000) return null;
      const inline = n * width <= 4;
      const dataOffset = inline ? null : entries.getUint32(at + 8, little);
      if (dataOffset !== null && dataOffset + n * width > source.size) return null;
      const raw = inline ? ifd.subarray(at + 8, at + 12) : await source.read(dataOffset!, n * width);
      const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      return Array.from({ length: n }, (_, k) => (width === 2 ? dv.getUint16(k * 2, little) : dv.getUint32(k * 4, little)));
    }
    return [];
  };

  for (const [offsetsTag, countsTag] of [
    [273, 279], // StripOffsets, StripByteCounts
    [324, 325], // TileOffsets, TileByteCounts
  ] as const) {
    const offsets = await values(offsetsTag);
    const counts = await values(countsTag);
    if (offsets === null || counts === null) return false;
    for (let k = 0; k < offsets.length; k += 1) {
      const length = counts[k];
      if (length === undefined) return false;
      if (offsets[k]! + length > source.size) return false;
    }
  }
  return true;
}
