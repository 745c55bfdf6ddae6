import "server-only";
import type { Db } from "../../db/client";
import { authoriseHandlerForClaim, HandlerRefusal, type HandlerActor } from "./access";
import { OPEN_STATUSES } from "./decide";

/**
 * ELG-2: the handler records that the insurer's medical adviser agrees the illness is acute and
 * serious (001's definition). From then on the engine's proposal waives the general waiting
 * period (claimCaseOf → acuteSeriousIllnessConfirmed); the handler still decides the claim.
 * Only on an open claim, once; an ACUTE_ILLNESS_CONFIRMED event says who and when.
 */
export async function confirmAcuteIllness(db: Db, actor: HandlerActor, input: { claimId: string; note: string }, now: Date = new Date()): Promise<void> {
  if (!(await authoriseHandlerForClaim(db, actor, input.claimId, "claim.decide"))) throw new HandlerRefusal("handler.errors.notFound");
  await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({
      where: { id: input.claimId, status: { in: OPEN_STATUSES }, acuteIllnessConfirmedAt: null },
      data: { acuteIllnessConfirmedAt: now, acuteIllnessConfirmedById: actor.userId },
    });
    if (moved.count !== 1) throw new HandlerRefusal("handler.acuteIllness.errors.notOpen");
    await tx.claimEvent.create({
      data: { claimId: input.claimId, kind: "ACUTE_ILLNESS_CONFIRMED", actorUserId: actor.userId, createdAt: now, data: { ruleId: "ELG-2", reason: input.note } },
    });
  });
}
