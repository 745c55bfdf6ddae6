"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { refreshHandlerViews as refresh } from "./refresh";
import { authoriseHandlerForClaim } from "./access";
import { recordRefundPaid } from "./payment";
import { claimCommandSchema } from "./schemas";

/**
 * The handler's actions around a claim's decision: the refund paid (issue 14 point 2).
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
