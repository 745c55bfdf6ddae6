import { z } from "zod";
import { DOCUMENT_KINDS, type DocumentKind } from "../../documents/types";

/**
 * The member's follow-up forms on a claim (client-safe): the same schemas validate in the browser
 * and in the server actions. Messages are translation keys.
 */
export const MESSAGE_MAX_LENGTH = 4000;
const uuid = z.uuid("claims.errors.notFound");

const messageBody = z
  .string()
  .trim()
  .max(MESSAGE_MAX_LENGTH, "claims.messages.errors.tooLong");

export const claimMessageSchema = z.object({
  claimId: uuid,
  body: messageBody.min(1, "claims.messages.errors.empty"),
});
export type ClaimMessageInput = z.input<typeof claimMessageSchema>;

export const informationResponseSchema = z
  .object({
    claimId: uuid,
    documents: z
      .array(
        z.object({
          documentId: z.uuid("documents.errors.notFound"),
          kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]).default("OTHER"),
        }),
      )
      .max(20, "claims.respond.errors.tooManyDocuments")
      .default([]),
    message: messageBody.default(""),
  })
  .refine((value) => value.documents.length > 0 || value.message.length > 0, { message: "claims.respond.errors.empty", path: ["_form"] });
export type InformationResponseInput = z.input<typeof informationResponseSchema>;
export type InformationResponse = z.output<typeof informationResponseSchema>;
