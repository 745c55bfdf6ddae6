import { handlerMayAccessPolicy } from "../../access/health-data";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { Refusal } from "../../server/refusal";

/** Who is acting: a signed-in claims handler (only these fields are used). */
export type HandlerActor = Pick<CurrentUser, "userId" | "roles">;

/** A refusal with a translation key (and the form field it belongs to); actions turn it into ActionRefusal. */
export class HandlerRefusal extends Refusal {}

/**
 * Loads a claim's policy id and checks the handler works for the claim's insurer (the one rule
 * of handler access). A claim of another insurer is "not found", exactly like a missing id.
 */
export async function authoriseHandlerForClaim(db: Db, actor: HandlerActor, claimId: string): Promise<{ policyId: string; personId: string } | null> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { policyId: true, personId: true, status: true } });
  if (!claim || claim.status === "DRAFT") return null;
  const allowed = await handlerMayAccessPolicy(db, actor as CurrentUser, claim.policyId);
  return allowed ? { policyId: claim.policyId, personId: claim.personId } : null;
}
