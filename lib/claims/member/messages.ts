import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { ClaimMessageInput } from "./follow-up-schemas";
import { postClaimMessage } from "../messages";
import { Refusal } from "../../server/refusal";

export class MemberMessageRefusal extends Refusal {}

/**
 * ACC-4: a member writes to the handler on a claim they may see (their own, or their child's).
 * A claim outside that set is "not found"; a draft has no handler yet.
 */
export async function postMemberClaimMessage(db: Db, user: CurrentUser, input: ClaimMessageInput): Promise<{ id: string; claimId: string; personId: string }> {
  const body = input.body.trim();
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true, personId: true, status: true, submittedById: true } });
  if (!claim || !can(await loadActor(db, user), "claim.message", claim)) throw new MemberMessageRefusal("claims.errors.notFound");
  if (claim.status === "DRAFT") throw new MemberMessageRefusal("claims.messages.errors.draft");
  if (!body) throw new MemberMessageRefusal("claims.messages.errors.empty");
  const message = await postClaimMessage(db, { claimId: claim.id, authorUserId: user.userId, fromHandler: false, body });
  return { id: message.id, claimId: claim.id, personId: claim.personId };
}
