import "server-only";
import type { Db } from "../../db/client";
import { kickOutbox } from "../../mail/outbox";
import { queueClaimUpdateMail } from "../mail/notify";
import { authoriseHandlerForClaim, HandlerRefusal, type HandlerActor } from "./access";

/**
 * The refund of a decided claim has left the insurer's account: PAID, the PAID event and the
 * "refund paid" mail, in one transaction guarded by a conditional status update (recording it
 * twice mails once). A claim paying nothing has no refund to record.
 */
export async function recordRefundPaid(db: Db, actor: HandlerActor, claimId: string, now: Date = new Date()): Promise<void> {
  if (!(await authoriseHandlerForClaim(db, actor, claimId, "claim.decide"))) throw new HandlerRefusal("handler.errors.notFound");
  await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({ where: { id: claimId, status: "DECIDED", payableTotalMinor: { gt: 0 } }, data: { status: "PAID", paidAt: now } });
    if (moved.count !== 1) throw new HandlerRefusal("handler.payment.errors.notPayable");
    await tx.claimEvent.create({ data: { claimId, kind: "PAID", actorUserId: actor.userId, createdAt: now } });
    await queueClaimUpdateMail(tx, claimId, "paid");
  });
  kickOutbox(db);
}
