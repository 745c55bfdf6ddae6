"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { complaintDecisionSchema } from "../complaints/schemas";
import { decideComplaint } from "./complaints";
import { refreshHandlerViews } from "./refresh";

/**
 * CLM-5: the handler upholds (the claim goes back to review) or refuses a complaint, with reasons.
 * decideComplaint authorises against the loaded complaint's claim; the decision is audited.
 */
export const decideComplaintAction = createAction({
  name: "handler.decideComplaint",
  access: "CLAIMS_HANDLER",
  schema: complaintDecisionSchema,
  handler: async (input, { user, audit }) => {
    const result = await decideComplaint(db(), user, input);
    await audit({
      action: "claim.complaint.decided",
      subjectType: "Claim",
      subjectId: result.claimId,
      personId: result.personId,
      metadata: { complaintId: input.complaintId, outcome: input.outcome, ruleId: "CLM-5" },
    });
    refreshHandlerViews(result.claimId);
    return { status: "success", data: undefined, message: input.outcome === "UPHELD" ? "complaints.decide.doneUpheld" : "complaints.decide.doneRefused" };
  },
});
