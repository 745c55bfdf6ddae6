"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../../db/client";
import { createAction } from "../../../server/action";
import { informationResponseSchema } from "../follow-up-schemas";
import { respondToInformationRequest } from "../information-response";

/**
 * The member's answer to an information request (documents uploaded with the DocumentUploader +
 * an optional message), called with a plain object. Authorised against the loaded claim in
 * respondToInformationRequest; refusals come back as translated form errors.
 */
export const respondToInformationRequestAction = createAction({
  name: "claims.respond",
  access: "MEMBER",
  schema: informationResponseSchema,
  handler: async (input, { user, audit }) => {
    const result = await respondToInformationRequest(db(), user, input);
    await audit({
      action: "claim.information_provided",
      subjectType: "Claim",
      subjectId: result.claimId,
      personId: result.personId,
      metadata: { documentIds: result.documentIds, messageId: result.messageId },
    });
    revalidatePath(`/member/claims/${result.claimId}`);
    // The request box disappears once answered, so the confirmation lives on the page itself.
    redirect(`/member/claims/${result.claimId}?informationSent=1`);
  },
});
