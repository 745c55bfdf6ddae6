"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../../db/client";
import { createAction } from "../../../server/action";
import { claimMessageSchema } from "../follow-up-schemas";
import { postMemberClaimMessage } from "../messages";

/** ACC-4: the member writes to the handler on a claim they may see (their own or their child's). */
export const postClaimMessageAction = createAction({
  name: "claims.message",
  access: "MEMBER",
  schema: claimMessageSchema,
  handler: async (input, { user, audit }) => {
    const message = await postMemberClaimMessage(db(), user, input);
    await audit({ action: "claim.message", subjectType: "Claim", subjectId: message.claimId, personId: message.personId, metadata: { messageId: message.id } });
    revalidatePath(`/member/claims/${message.claimId}`);
    return { status: "success", data: { messageId: message.id } };
  },
});
