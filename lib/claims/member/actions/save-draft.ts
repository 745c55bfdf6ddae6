"use server";
import "server-only";
import { db } from "../../../db/client";
import { createAction } from "../../../server/action";
import { claimDraftSchema } from "../claim-draft-schema";
import { ClaimRefusal } from "../claim-writes";
import { saveDraft, type SaveDraftResult } from "../drafts";
import { refusalResult } from "./result";

/**
 * "Save draft" and the form's autosave: stores the form as typed and attaches its uploads to the
 * draft. Called with a plain object (the form's values), not FormData.
 */
export const saveClaimDraftAction = createAction({
  name: "claims.saveDraft",
  access: "MEMBER",
  schema: claimDraftSchema,
  handler: async (input, { user, audit }) => {
    let saved: SaveDraftResult;
    try {
      saved = await saveDraft(db(), user, input);
    } catch (error) {
      if (error instanceof ClaimRefusal) return refusalResult<SaveDraftResult>(error);
      throw error;
    }
    if (!saved.alreadySubmitted) {
      await audit({ action: "claim.draft.save", subjectType: "Claim", subjectId: saved.draftId, personId: input.personId });
    }
    return { status: "success", data: saved };
  },
});
