// The PDF check of validate.ts, run in a worker_threads Worker (plain JS, loaded by path from
// process.cwd() so it survives Next's server bundling). It decodes and parses attacker-supplied
// bytes, so it runs with resourceLimits and a time limit set by the parent, and bounds every
// decompression itself: a 1 MB PDF whose streams inflate to gigabytes is refused, not inflated.
//
// Input (workerData): { bytes: Uint8Array, maxDecodedBytes: number }
// Output (one message): { verdict: "ok" | "damaged" | "tooComplex" | "activeContent" }
import { createRequire } from "node:module";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import zlib from "node:zlib";

// pdf-lib reports each object it skips while recovering; an attacker decides how many there are.
if (!process.env.DEBUG_PDF_WORKER) console.log = console.warn = () => {};

// Lowest CPU priority for this thread only (on Linux the nice value is per thread): a PDF being
// checked must not take CPU from the web process's event loop, which answers everyone else.
try {
  os.setPriority(19);
} catch {
  // not permitted here: the check still runs, at normal priority
}

const require = createRequire(import.meta.url);
const { PDFDocument, PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } = require("pdf-lib");
const DecodeStream = require("pdf-lib/cjs/core/streams/DecodeStream.js").default;

class TooComplex extends Error {}

/** Set once pdf-lib's decoding passed the budget (pdf-lib recovers from errors in single objects). */
let decodingExceeded = false;


async function check(buffer) {
  try {
    // 1. Cheap native pass: inflate every Flate stream of the file with zlib, bounded in total.
    if (!flateStreamsFit(buffer, maxDecodedBytes)) return "tooComplex";
    // 2. pdf-lib parses the object graph and decodes object/xref streams with its own (JS)
    //    decoders; every one of them grows its buffer through DecodeStream.ensureBuffer.
    boundPdfLibDecoding(maxDecodedBytes);
    // Encrypted PDFs are fine (only structure is checked; names are never encrypted).
    const doc = await PDFDocument.load(buffer, { ignoreEncryption: true, updateMetadata: false });
    if (decodingExceeded) return "tooComplex";
    if (doc.getPageCount() === 0) return "damaged";
    return hasActiveContent(doc) ? "activeContent" : "ok";
  } catch (error) {
    if (process.env.DEBUG_PDF_WORKER) console.error(error);
    return error instanceof TooComplex || decodingExceeded ? "tooComplex" : "damaged";
  }
}

/** zlib header: CM 8 (deflate), CINFO ≤ 7, FCHECK makes the first 16 bits a multiple of 31. */
function looksLikeZlib(data, at = 0) {
  if (data.length < at + 2) return false;
  const cmf = data[at];
  const flg = data[at + 1];
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * Finds every `stream … endstream` body and inflates those that start with a zlib header, with
 * zlib's maxOutputLength set to what is left of the budget (a stream wrapped twice in Flate is
 * inflated again). Bodies that are not zlib, or are damaged, are left to pdf-lib to judge.
 */
function flateStreamsFit(buffer, budget) {
  let used = 0;
  let at = 0;
  for (;;) {
    const keyword = buffer.indexOf("stream", at, "latin1");
    if (keyword < 0) return true;
    at = keyword + 6;
    if (keyword >= 3 && buffer.toString("latin1", keyword - 3, keyword) === "end") continue;
    let start = at;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] === 0x0a) start += 1;
    if (start === at) continue; // "stream" not followed by an end of line is not the keyword
    const end = buffer.indexOf("endstream", start, "latin1");
    let data = buffer.subarray(start, end < 0 ? buffer.length : end);
    at = end < 0 ? buffer.length : end + 9;
    for (let depth = 0; depth < 8 && looksLikeZlib(data); depth += 1) {
      const left = budget - used;
      if (left <= 0) return false;
      try {
        data = zlib.inflateSync(data, { maxOutputLength: left, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      } catch (error) {
        if (error && (error.code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)) return false;
        break; // not valid deflate data: pdf-lib decides whether the file is damaged
      }
      used += data.length;
      if (used > budget) return false;
    }
  }
}

/**
 * Every pdf-lib decoder (Flate, LZW, RunLength, ASCII85, ASCIIHex) grows its output buffer through
 * DecodeStream.ensureBuffer, doubling from minBufferLength. The buffers of all streams together
 * may not exceed the budget: the size a call would allocate is checked before it allocates.
 */
function boundPdfLibDecoding(budget) {
  const sizes = new WeakMap();
  let used = 0;
  const original = DecodeStream.prototype.ensureBuffer;
  DecodeStream.prototype.ensureBuffer = function ensureBoundedBuffer(requested) {
    if (requested <= this.buffer.byteLength) return this.buffer;
    let size = this.minBufferLength;
    while (size < requested) size *= 2;
    const before = sizes.get(this) ?? 0;
    if (used - before + size > budget) {
      decodingExceeded = true;
      throw new TooComplex("decoded streams exceed the budget");
    }
    used += size - before;
    sizes.set(this, size);
    return original.call(this, requested);
  };
}

/**
 * Action types that run code or start programs, or send or load data without the reader asking
 * (SubmitForm posts the form's fields to any URL, ImportData loads form data from a file).
 */
const ACTIVE_ACTIONS = new Set(["/JavaScript", "/Launch", "/SubmitForm", "/ImportData"]);

/** A URI action whose target is script, not a web page (`javascript:`, also with spaces or controls before it). */
function isScriptUri(value) {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return false;
  return /^[\s\u0000-\u001f]*(?:javascript|vbscript|data):/i.test(value.decodeText());
}

/**
 * Walks every object pdf-lib parsed (catalog, names tree, pages, annotations, form fields, the
 * objects inside object streams) and every dictionary nested in them. Active content is:
 * a `/JS` entry, an `/AA` (additional actions) entry, an action whose `/S` is JavaScript, Launch,
 * SubmitForm or ImportData, a `/JavaScript` entry (the names tree's document scripts), an `/XFA`
 * form, or a URI action to a `javascript:`/`vbscript:`/`data:` URL. A plain /OpenAction
 * destination (go to page 1) and embedded files are allowed.
 */
function hasActiveContent(doc) {
  const seen = new Set();
  const visit = (object, depth) => {
    if (depth > 64 || object === undefined || object === null) return false;
    if (object instanceof PDFRef) return false; // indirect objects are all visited from the list
    if (object instanceof PDFRawStream) return visit(object.dict, depth + 1);
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i += 1) if (visit(object.get(i), depth + 1)) return true;
      return false;
    }
    if (!(object instanceof PDFDict) || seen.has(object)) return false;
    seen.add(object);
    for (const [key, value] of object.entries()) {
      const name = key.asString();
      // /XFA: XML forms, which carry their own scripts.
      if (name === "/JS" || name === "/AA" || name === "/JavaScript" || name === "/XFA") return true;
      if (name === "/URI" && isScriptUri(value)) return true;
      if (name === "/S" && value instanceof PDFName && ACTIVE_ACTIONS.has(value.asString())) return true;
      if (visit(value, depth + 1)) return true;
    }
    return false;
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) if (visit(object, 0)) return true;
  return false;
}

// Last, so every declaration above is initialised before the check runs.
const { bytes, maxDecodedBytes } = workerData;
parentPort.postMessage({ verdict: await check(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) });
