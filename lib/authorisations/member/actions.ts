"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { invoiceFormSchema } from "../invoice-schema";
import { writeRequestMessage } from "../messages";
import { authorisationError as E, REQUEST_DOCUMENT_KINDS, requestDraftSchema, requestFormSchema } from "../request-schema";
import { requestMessageSchema } from "../review/schemas";
import { settleProviderInvoice } from "../settle";
import { saveRequestDraft } from "./drafts";
import { requestForMember, respondToRequest } from "./respond";
import { submitRequest } from "./submit";

/** "Save draft" and autosave of the request form (a plain object: the form's values). */
export const saveRequestDraftAction = createAction({
  name: "authorisations.saveDraft",
  access: "MEMBER",
  schema: requestDraftSchema,
  handler: async (input, { user, audit }) => {
    const saved = await saveRequestDraft(db(), user, input);
    if (!saved.alreadySubmitted) await audit({ action: "authorisation.draft.save", subjectType: "Authorisation", subjectId: saved.draftId, personId: input.personId });
    return { status: "success", data: saved };
  },
});

/** Submit (GOP-1 / PA-3): the same schema as the browser; the service re-loads and re-checks everything. */
export const submitRequestAction = createAction({
  name: "authorisations.submit",
  access: "MEMBER",
  schema: requestFormSchema,
  handler: async (input, { user, audit }) => {
    const result = await submitRequest(db(), user, input);
    await audit({ action: result.created ? "authorisation.submit" : "authorisation.submit.repeated", subjectType: "Authorisation", subjectId: result.authorisationId, personId: input.personId, metadata: { reference: result.reference } });
    return { status: "success", data: result };
  },
});

const responseSchema = z.object({
  authorisationId: z.uuid(E("invalid")),
  message: z.string().max(4000, E("tooLong")).default(""),
  documents: z.array(z.object({ documentId: z.uuid(E("invalid")), kind: z.enum(REQUEST_DOCUMENT_KINDS) })).max(20).default([]),
});

/** The member's answer to an information request (documents + message). */
export const respondToRequestAction = createAction({
  name: "authorisations.respond",
  access: "MEMBER",
  schema: responseSchema,
  handler: async (input, { user, audit }) => {
    const { personId } = await respondToRequest(db(), user, input);
    await audit({ action: "authorisation.information_provided", subjectType: "Authorisation", subjectId: input.authorisationId, personId });
    revalidatePath(`/member/authorisations/${input.authorisationId}`);
    return { status: "success", data: undefined };
  },
});

/** ACC-4: the member writes to the handler on a request. */
export const postRequestMessageAction = createAction({
  name: "authorisations.message",
  access: "MEMBER",
  schema: requestMessageSchema,
  handler: async (input, { user, audit }) => {
    const row = await requestForMember(db(), user, input.authorisationId);
    const messageId = await db().$transaction((tx) => writeRequestMessage(tx, { authorisationId: row.id, authorUserId: user.userId, fromHandler: false, body: input.body }));
    await audit({ action: "authorisation.message", subjectType: "Authorisation", subjectId: row.id, personId: row.personId, metadata: { messageId } });
    revalidatePath(`/member/authorisations/${row.id}`);
    return { status: "success", data: { messageId } };
  },
});

/** GOP-3: the member sends the provider's invoice (uploaded with the document uploader) to be settled against the guarantee. */
export const submitMemberInvoiceAction = createAction({
  name: "authorisations.invoice",
  access: "MEMBER",
  schema: invoiceFormSchema,
  handler: async (input, { user, audit }) => {
    const row = await requestForMember(db(), user, input.authorisationId);
    const settled = await settleProviderInvoice(db(), user.userId, input, { uploaderId: user.userId });
    await audit({ action: "authorisation.invoice", subjectType: "Authorisation", subjectId: row.id, personId: row.personId, metadata: { number: settled.number, status: settled.status } });
    revalidatePath(`/member/authorisations/${row.id}`);
    return { status: "success", data: settled };
  },
});
