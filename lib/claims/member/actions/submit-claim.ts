"use server";
import "server-only";
import { db } from "../../../db/client";
import { createAction } from "../../../server/action";
import { claimFormSchema } from "../claim-form-schema";
import { ClaimRefusal } from "../claim-writes";
import { submitClaim, type SubmitResult } from "../submit";
import { refusalResult } from "./result";

/**
 * Submits the claim form (called with the form's values as a plain object). The same schema as
 * the browser re-validates; `submitClaim` re-loads the facts and re-evaluates. On success the
 * browser goes to /member/claims/<claimId>?submitted=1.
 */
export const submitClaimAction = createAction({
  name: "claims.submit",
  access: "MEMBER",
  schema: claimFormSchema,
  handler: async (input, { user, audit }) => {
    let result: SubmitResult;
    try {
      result = await submitClaim(db(), user, input);
    } catch (error) {
      if (error instanceof ClaimRefusal) return refusalResult<SubmitResult>(error);
      throw error;
    }
    await audit({
      action: result.created ? "claim.submit" : "claim.submit.repeated",
      subjectType: "Claim",
      subjectId: result.claimId,
      personId: input.personId,
      metadata: { number: result.number },
    });
    return { status: "success", data: result };
  },
});
