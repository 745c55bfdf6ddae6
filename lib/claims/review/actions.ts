"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { refreshHandlerViews as refresh } from "./refresh";
import { Refusal } from "../../server/refusal";
import { postClaimMessage } from "../messages";
import { authoriseHandlerForClaim } from "./access";
import { decideClaim, rejectClaim } from "./decide";
import { requestInformation } from "./request-information";
import { decideClaimSchema, handlerMessageSchema, rejectClaimSchema, requestInformationSchema } from "./schemas";

/**
 * The handler console's server actions (role CLAIMS_HANDLER). Each service authorises against the
 * loaded claim (can(): the handler's own insurer, lib/access/can.ts) and refuses with a translation
 * key; every decision is a ClaimEvent with the handler and the time, and is audited here too.
 */


/** Approve as proposed / adjust lines / reject lines, then DECIDED + settlement note + mail. */
export const decideClaimAction = createAction({
  name: "handler.decideClaim",
  access: "CLAIMS_HANDLER",
  schema: decideClaimSchema,
  handler: async (input, { user, audit }) => {
    const result = await decideClaim(db(), user, input);
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.decide");
    await audit({
      action: "claim.decide",
      subjectType: "Claim",
      subjectId: input.claimId,
      personId: access?.personId ?? null,
      metadata: { settlementNote: result.settlementNumber, lines: input.lines.map((l) => ({ lineId: l.lineId, decision: l.decision, ruleId: l.ruleId })) },
    });
    refresh(input.claimId);
    return { status: "success", data: result, message: "handler.decide.done" };
  },
});

export const rejectClaimAction = createAction({
  name: "handler.rejectClaim",
  access: "CLAIMS_HANDLER",
  schema: rejectClaimSchema,
  handler: async (input, { user, audit }) => {
    const result = await rejectClaim(db(), user, input);
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.decide");
    await audit({ action: "claim.reject", subjectType: "Claim", subjectId: input.claimId, personId: access?.personId ?? null, metadata: { ruleId: input.ruleId, settlementNote: result.settlementNumber } });
    refresh(input.claimId);
    return { status: "success", data: result, message: "handler.reject.done" };
  },
});

export const requestInformationAction = createAction({
  name: "handler.requestInformation",
  access: "CLAIMS_HANDLER",
  schema: requestInformationSchema,
  handler: async (input, { user, audit }) => {
    const result = await requestInformation(db(), user, input);
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.request_information");
    await audit({ action: "claim.request_information", subjectType: "Claim", subjectId: input.claimId, personId: access?.personId ?? null, metadata: { ruleId: input.ruleId, taskId: result.taskId } });
    refresh(input.claimId);
    return { status: "success", data: result, message: "handler.requestInformation.done" };
  },
});

/** ACC-4: the handler writes to the member on the claim. */
export const postHandlerMessageAction = createAction({
  name: "handler.postMessage",
  access: "CLAIMS_HANDLER",
  schema: handlerMessageSchema,
  handler: async (input, { user, audit }) => {
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.message_member");
    if (!access) throw new Refusal("handler.errors.notFound");
    const message = await postClaimMessage(db(), { claimId: input.claimId, authorUserId: user.userId, fromHandler: true, body: input.body });
    await audit({ action: "claim.message", subjectType: "Claim", subjectId: input.claimId, personId: access.personId, metadata: { messageId: message.id } });
    refresh(input.claimId);
    return { status: "success", data: undefined, message: "handler.messages.sent" };
  },
});
