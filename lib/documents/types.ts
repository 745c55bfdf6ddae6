/** Shapes shared by the documents slice and its users (claim form, follow-up, handler). Client-safe. */

/** A stored upload as the browser sees it. `createdAt` is an ISO timestamp. */
export interface UploadedDocument {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

export type DocumentKind = "INVOICE" | "RECEIPT" | "REFERRAL" | "PRESCRIPTION" | "MEDICAL_REPORT" | "OTHER";

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "INVOICE",
  "RECEIPT",
  "REFERRAL",
  "PRESCRIPTION",
  "MEDICAL_REPORT",
  "OTHER",
];
