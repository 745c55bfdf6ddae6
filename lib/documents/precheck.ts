import type { DocumentErrorKey } from "./errors";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "./limits";

/**
 * The browser's checks before a byte is sent (client-safe, pure): an over-size file, or one that
 * would take the claim past 60 MB, is refused at once instead of after a long upload. The server
 * checks the same again — and the type, by the bytes, which only it decides.
 */
export function precheckFiles(
  files: readonly { size: number }[],
  bytesAlreadyUsed: number,
): (DocumentErrorKey | null)[] {
  let used = bytesAlreadyUsed;
  return files.map((file) => {
    if (file.size === 0) return "documents.errors.empty";
    if (file.size > MAX_FILE_BYTES) return "documents.errors.tooLarge";
    if (used + file.size > MAX_CLAIM_BYTES) return "documents.errors.claimTotalTooLarge";
    used += file.size;
    return null;
  });
}

/** Whole megabytes for the limit texts ("Max 20 MB per file"). */
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);
export const MAX_CLAIM_MB = MAX_CLAIM_BYTES / (1024 * 1024);

/** Bytes as megabytes with one decimal, never showing 0.0 for a non-empty file. */
export function megabytes(bytes: number): number {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return bytes > 0 && mb === 0 ? 0.1 : mb;
}
