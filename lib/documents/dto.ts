import type { UploadedDocument } from "./types";

/** The browser's view of a Document row (no storage key, hash or owner). */
export function toUploadedDocument(row: {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
}): UploadedDocument {
  return {
    id: row.id,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}
