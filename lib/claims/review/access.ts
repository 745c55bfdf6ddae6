import "server-only";
import { loadActor } from "../../access/actor";
import { can, type Action } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { Refusal } from "../../server/refusal";

/** Who is acting: a signed-in claims handler (only these fields are used). */
export type HandlerActor = Pick<CurrentUser, "userId" | "roles">;

/** A refusal with a translation key (and the form field it belongs to); createAction turns any Refusal into a form error. */
export class HandlerRefusal extends Refusal {}

/** What a handler does on a claim (see lib/access/can.ts). */
export type HandlerClaimAction = Extract<Action, "claim.review" | "claim.decide" | "claim.request_information" | "claim.message_member">;

/**
 * Loads the claim and asks can(): a handler works on the submitted claims of their own insurer.
 * A claim of another insurer (or a draft) is "not found", exactly like a missing id.
 */
export async function authoriseHandlerForClaim(
  db: Db,
  actor: HandlerActor,
  claimId: string,
  action: HandlerClaimAction,
): Promise<{ policyId: string; personId: string } | null> {
  const [loaded, claim] = await Promise.all([
    loadActor(db, actor),
    db.claim.findUnique({ where: { id: claimId }, select: { policyId: true, personId: true, status: true, policy: { select: { insurerId: true } } } }),
  ]);
  if (!claim || !can(loaded, action, { insurerId: claim.policy.insurerId, status: claim.status })) return null;
  return { policyId: claim.policyId, personId: claim.personId };
}
