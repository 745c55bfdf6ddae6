/**
 * Every refusal of the documents slice is a translation key under `documents.errors.*`
 * (lib/i18n/messages/{da,en}/documents.json), shown beside the file it concerns.
 */
export type DocumentErrorKey =
  | "documents.errors.signedOut"
  | "documents.errors.notFound"
  | "documents.errors.claimNotFound"
  | "documents.errors.empty"
  | "documents.errors.incomplete"
  | "documents.errors.tooLarge"
  | "documents.errors.claimTotalTooLarge"
  | "documents.errors.tooManyPending"
  | "documents.errors.unsupportedType"
  | "documents.errors.damaged"
  | "documents.errors.tooComplex"
  | "documents.errors.activeContent"
  | "documents.errors.attachedElsewhere"
  | "documents.errors.alreadyAttached"
  | "documents.errors.lineNotFound"
  | "documents.errors.network"
  | "documents.errors.removeFailed"
  | "documents.errors.generic";

/** The JSON body of a refused request: `{ error: { messageKey } }` (the contract of app/api/documents). */
export interface DocumentErrorBody {
  error: { messageKey: DocumentErrorKey };
}

export { isUuid } from "../server/route-input";
