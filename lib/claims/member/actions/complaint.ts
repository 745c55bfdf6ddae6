"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../../db/client";
import { createAction } from "../../../server/action";
import { complaintSchema } from "../../complaints/schemas";
import { submitComplaint, type ComplaintSubmitResult } from "../complaint";

/**
 * CLM-5: the member's complaint about a claim's decision (reason + documents uploaded with the
 * DocumentUploader), called with a plain object. Authorised against the loaded claim in
 * submitComplaint; a double submit of the same form answers with the first complaint.
 */
export const submitComplaintAction = createAction({
  name: "claims.complain",
  access: "MEMBER",
  schema: complaintSchema,
  handler: async (input, { user, audit }) => {
    const result: ComplaintSubmitResult = await submitComplaint(db(), user, input);
    await audit({
      action: result.created ? "claim.complaint" : "claim.complaint.repeated",
      subjectType: "Claim",
      subjectId: result.claimId,
      personId: result.personId,
      metadata: { complaintId: result.complaintId, documentIds: input.documents.map((document) => document.documentId) },
    });
    revalidatePath(`/member/claims/${result.claimId}`);
    return { status: "success", data: { complaintId: result.complaintId, dueAt: result.dueAt } };
  },
});
