"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { refreshHandlerViews as refresh } from "./refresh";
import { authoriseHandlerForClaim } from "./access";
import { confirmAcuteIllness } from "./acute-illness";
import { assignClaim } from "./assign";
import { recordRefundPaid } from "./payment";
import { assignClaimSchema, claimCommandSchema, confirmAcuteIllnessSchema } from "./schemas";

/**
 * The handler's actions around a claim's decision: the refund paid (issue 14 point 2), the
 * medical adviser's confirmation of an acute serious illness (point 12, ELG-2), the assignment to a
 * handler (point 9).
 * Each service authorises against the loaded claim; each action is audited.
 */

export const recordRefundPaidAction = createAction({
  name: "handler.recordRefundPaid",
  access: "CLAIMS_HANDLER",
  schema: claimCommandSchema,
  handler: async (input, { user, audit }) => {
    await recordRefundPaid(db(), user, input.claimId);
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.decide");
    await audit({ action: "claim.paid", subjectType: "Claim", subjectId: input.claimId, personId: access?.personId ?? null });
    refresh(input.claimId);
    return { status: "success", data: undefined, message: "handler.payment.done" };
  },
});

export const confirmAcuteIllnessAction = createAction({
  name: "handler.confirmAcuteIllness",
  access: "CLAIMS_HANDLER",
  schema: confirmAcuteIllnessSchema,
  handler: async (input, { user, audit }) => {
    await confirmAcuteIllness(db(), user, input);
    const access = await authoriseHandlerForClaim(db(), user, input.claimId, "claim.decide");
    await audit({ action: "claim.acute_illness_confirmed", subjectType: "Claim", subjectId: input.claimId, personId: access?.personId ?? null, metadata: { ruleId: "ELG-2" } });
    refresh(input.claimId);
    return { status: "success", data: undefined, message: "handler.acuteIllness.done" };
  },
});

export const assignClaimAction = createAction({
  name: "handler.assignClaim",
  access: "CLAIMS_HANDLER",
  schema: assignClaimSchema,
  handler: async (input, { user, audit }) => {
    const assignee = await assignClaim(db(), user, input);
    await audit({ action: "claim.assign", subjectType: "Claim", subjectId: input.claimId, metadata: { handlerId: assignee.id } });
    refresh(input.claimId);
    return { status: "success", data: undefined, message: "handler.assign.done" };
  },
});
