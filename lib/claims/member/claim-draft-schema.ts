/**
 * The claim form as a draft: anything half-typed is kept; only the shape and sizes are checked.
 * Client-safe: autosave and "Save draft" send it, `saveDraft` (./drafts.ts) stores it.
 */
import { z } from "zod";
import { AMOUNT_LOCALES } from "../amount";
import { SETTINGS } from "../claim-case";
import { claimFormError as E, documentKindSchema, MAX_DOCUMENTS, MAX_LINES, optionalUuid } from "./claim-form-schema";

const draftText = (max: number) => z.string().max(max, E("tooLong")).default("");

export const claimDraftSchema = z.object({
  draftId: optionalUuid,
  idempotencyKey: z.uuid(E("invalid")),
  locale: z.enum(AMOUNT_LOCALES).default("da"),
  personId: z.uuid(E("personRequired")),
  lines: z
    .array(
      z.object({
        treatmentDate: draftText(10),
        category: draftText(60),
        setting: z.enum(SETTINGS).default("out_patient"),
        providerId: draftText(36),
        providerName: draftText(200),
        country: draftText(2),
        amount: draftText(40),
        currency: draftText(3),
      }),
    )
    .max(MAX_LINES, E("linesMax")),
  diagnosis: draftText(500),
  emergency: z.boolean().default(false),
  authorisationReference: draftText(40),
  otherInsurance: z
    .object({ declared: z.boolean().default(false), insurerName: draftText(200), sygeforsikringDanmark: z.boolean().default(false) })
    .default({ declared: false, insurerName: "", sygeforsikringDanmark: false }),
  documents: z
    .array(
      z.object({
        documentId: z.uuid(E("documentInvalid")),
        kind: z.union([z.literal(""), documentKindSchema]).default(""),
        lineIndexes: z.array(z.number().int().min(0).max(MAX_LINES - 1)).max(MAX_LINES).default([]),
      }),
    )
    .max(MAX_DOCUMENTS, E("documentsMax"))
    .default([]),
});

export type ClaimDraftInput = z.input<typeof claimDraftSchema>;
export type ClaimDraftValues = z.output<typeof claimDraftSchema>;
