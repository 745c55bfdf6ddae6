/**
 * The complaint forms' schemas (client-safe): the member's complaint and the handler's decision.
 * The browser forms and the server actions parse with the same objects. Messages are translation keys.
 */
import { z } from "zod";
import { DOCUMENT_KINDS, type DocumentKind } from "../../documents/types";

export const COMPLAINT_REASON_MIN = 10;
export const COMPLAINT_TEXT_MAX = 4000;
export const COMPLAINT_MAX_DOCUMENTS = 20;
const E = (key: string) => `complaints.errors.${key}`;

export const complaintSchema = z.object({
  claimId: z.uuid("claims.errors.notFound"),
  /** Made once per form: a double submit sends the same key and gets the same complaint. */
  idempotencyKey: z.uuid(E("submitFailed")),
  reason: z
    .string({ error: E("reasonRequired") })
    .trim()
    .min(COMPLAINT_REASON_MIN, E("reasonTooShort"))
    .max(COMPLAINT_TEXT_MAX, E("tooLong")),
  documents: z
    .array(
      z.object({
        documentId: z.uuid("documents.errors.notFound"),
        kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]).default("OTHER"),
      }),
    )
    .max(COMPLAINT_MAX_DOCUMENTS, E("tooManyDocuments"))
    .default([]),
});
export type ComplaintInput = z.input<typeof complaintSchema>;
export type ComplaintValues = z.output<typeof complaintSchema>;

export const COMPLAINT_OUTCOMES = ["UPHELD", "REFUSED"] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const complaintDecisionSchema = z.object({
  complaintId: z.uuid(E("notFound")),
  outcome: z.enum(COMPLAINT_OUTCOMES, { error: E("outcomeRequired") }),
  reasons: z
    .string({ error: E("reasonsRequired") })
    .trim()
    .min(COMPLAINT_REASON_MIN, E("reasonsRequired"))
    .max(COMPLAINT_TEXT_MAX, E("tooLong")),
});
export type ComplaintDecisionInput = z.input<typeof complaintDecisionSchema>;
export type ComplaintDecisionValues = z.output<typeof complaintDecisionSchema>;
