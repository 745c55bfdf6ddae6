"use server";
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { invoiceFormSchema } from "../invoice-schema";
import { writeRequestMessage } from "../messages";
import { settleProviderInvoice } from "../settle";
import { requestForHandler } from "./access";
import { decideRequest, requestRequestInformation } from "./decide";
import { requestDecisionSchema, requestInformationSchema, requestMessageSchema } from "./schemas";

const paths = (id: string) => {
  revalidatePath(`/handler/authorisations/${id}`);
  revalidatePath("/handler");
};

/** Approve (amount, sessions, validity, direct billing), partly approve or refuse with a rule id. */
export const decideRequestAction = createAction({
  name: "authorisations.decide",
  access: "CLAIMS_HANDLER",
  schema: requestDecisionSchema,
  handler: async (input, { user, audit }) => {
    const result = await decideRequest(db(), user, input);
    await audit({ action: "authorisation.decide", subjectType: "Authorisation", subjectId: input.authorisationId, personId: result.personId, metadata: { outcome: input.outcome, ruleId: input.ruleId || null } });
    paths(input.authorisationId);
    // The decided page shows the answer instead of the form, so the confirmation travels in the URL.
    redirect(`/handler/authorisations/${input.authorisationId}?done=decided`);
  },
});

/** Ask the member for information (a member task, as for claims). */
export const requestRequestInformationAction = createAction({
  name: "authorisations.requestInformation",
  access: "CLAIMS_HANDLER",
  schema: requestInformationSchema,
  handler: async (input, { user, audit }) => {
    const { personId } = await requestRequestInformation(db(), user, input);
    await audit({ action: "authorisation.request_information", subjectType: "Authorisation", subjectId: input.authorisationId, personId });
    paths(input.authorisationId);
    return { status: "success", data: undefined };
  },
});

export const postHandlerRequestMessageAction = createAction({
  name: "authorisations.messageMember",
  access: "CLAIMS_HANDLER",
  schema: requestMessageSchema,
  handler: async (input, { user, audit }) => {
    const row = await requestForHandler(db(), user, input.authorisationId, "authorisation.review");
    const messageId = await db().$transaction((tx) => writeRequestMessage(tx, { authorisationId: row.id, authorUserId: user.userId, fromHandler: true, body: input.body }));
    await audit({ action: "authorisation.message_member", subjectType: "Authorisation", subjectId: row.id, personId: row.personId, metadata: { messageId } });
    paths(row.id);
    return { status: "success", data: { messageId } };
  },
});

/** GOP-3: the handler records a provider invoice received for the guarantee and settles it. */
export const settleInvoiceAction = createAction({
  name: "authorisations.settleInvoice",
  access: "CLAIMS_HANDLER",
  schema: invoiceFormSchema,
  handler: async (input, { user, audit }) => {
    const row = await requestForHandler(db(), user, input.authorisationId, "authorisation.decide");
    const settled = await settleProviderInvoice(db(), user.userId, { ...input, documentId: undefined });
    await audit({ action: "authorisation.invoice", subjectType: "Authorisation", subjectId: row.id, personId: row.personId, metadata: { number: settled.number, status: settled.status } });
    paths(row.id);
    return { status: "success", data: settled };
  },
});
