/**
 * Document limits (issue 4, "Documents"). Client-safe: no server imports, so the uploader shows and
 * enforces the same numbers the server enforces.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_CLAIM_BYTES = 60 * 1024 * 1024;

export const ACCEPTED_MIME_TYPES = [
  "application/pdf",
  "image/tiff",
  "image/gif",
  "image/jpeg",
  "image/png",
] as const;

export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

/**
 * For `<input accept>`: only a hint to the picker (the server decides by magic bytes). Extensions
 * are listed too because some phones/OSes offer nothing for a bare MIME type.
 */
export const ACCEPT_ATTRIBUTE = [
  ...ACCEPTED_MIME_TYPES,
  ".pdf",
  ".tif",
  ".tiff",
  ".gif",
  ".jpg",
  ".jpeg",
  ".png",
].join(",");

/** Max length of a stored display name (characters). */
export const MAX_FILE_NAME_LENGTH = 200;

/** How many uploads the browser runs at the same time. */
export const MAX_PARALLEL_UPLOADS = 3;
