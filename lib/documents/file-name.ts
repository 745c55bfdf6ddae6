import { MAX_FILE_NAME_LENGTH } from "./limits";

/**
 * File names are kept for display exactly as the member's device sent them (æ, ø, å, spaces, any
 * script) — they are never used as paths (storage keys are generated). Only what could mislead or
 * break a display or a header goes: path parts, control characters and bidi overrides (which can
 * make "invoice‮fdp.exe" look like "invoiceexe.pdf").
 */

// C0 and C1 controls, DEL; bidi marks (ALM, LRM, RLM, embeddings, overrides, isolates), zero-width
// space and non-joiner, line/paragraph separators, BOM: invisible, and able to make a name read
// differently from what it is. The zero-width joiner stays (emoji sequences need it).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** Returns the cleaned name, or null when nothing displayable is left. */
export function sanitizeFileName(raw: string): string | null {
  // Some browsers send "C:\fakepath\x.pdf" or a relative path: keep only the last part.
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE, "").trim();
  if (cleaned === "" || /^\.+$/.test(cleaned)) return null;
  return truncateKeepingExtension(cleaned, MAX_FILE_NAME_LENGTH);
}

/** Cuts by code points (never halves a surrogate pair) and keeps a short extension visible. */
function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length === 0 || ext.length > 10) return chars.slice(0, max).join("").trim();
  const stem = Array.from(name.slice(0, dot));
  return stem.slice(0, max - ext.length).join("").trimEnd() + ext.join("");
}

/** Decodes the `X-File-Name` header (the browser sends `encodeURIComponent(name)`). */
export function decodeFileNameHeader(header: string | null): string | null {
  if (!header) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    // Not percent-encoded as agreed (or broken): use it as it came rather than refuse the file.
    decoded = header;
  }
  return sanitizeFileName(decoded);
}

/** Per stored (detected) type: the extension given to a name, then other spellings kept as they are. */
const EXTENSIONS: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/tiff": ["tif", "tiff"],
  "image/gif": ["gif"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/png": ["png"],
};

/** A name for a file that came without one, e.g. "document.pdf". */
export function fallbackFileName(mimeType: string): string {
  return `document.${EXTENSIONS[mimeType]?.[0] ?? "bin"}`;
}

/** What counts as an extension to replace: a short ASCII letters/digits run after the last dot. */
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/**
 * The name a download is offered under: the uploader's name (cleaned as on upload) with the
 * extension of the type the file really is, so `poly.html` stored as a PDF downloads as `poly.pdf`
 * and the member's system opens it with the right program. A matching extension is kept in its own
 * spelling (`scan.PDF`, `photo.jpeg`); another one is replaced (`a.tar.gz` as PNG → `a.tar.png`);
 * a name without one gets it appended (`photo` → `photo.jpg`). "Dr. Hansen" has no extension
 * (a space is not part of one), so it becomes "Dr. Hansen.pdf".
 */
export function downloadFileName(originalName: string, mimeType: string): string {
  const name = sanitizeFileName(originalName);
  const extensions = EXTENSIONS[mimeType];
  if (!name) return fallbackFileName(mimeType);
  if (!extensions) return name;
  const match = EXTENSION.exec(name);
  const hasExtension = match !== null && match.index > 0;
  if (hasExtension && extensions.includes(match[1]!.toLowerCase())) return name;
  const stem = hasExtension ? name.slice(0, match.index) : name;
  return truncateKeepingExtension(`${stem}.${extensions[0]}`, MAX_FILE_NAME_LENGTH);
}

/**
 * `Content-Disposition` with an ASCII fallback and the exact name in RFC 5987 `filename*`, so
 * "faktura lægehus æøå.pdf" downloads under its own name and no header injection is possible.
 */
export function contentDisposition(type: "attachment" | "inline", name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
