import "server-only";
import type { Db } from "../../db/client";
import { enqueueEmail, kickOutbox } from "../../mail/outbox";
import { informationRequestedMail } from "../mail/information-requested";
import { authoriseHandlerForClaim, HandlerRefusal, type HandlerActor } from "./access";

export const CLAIM_INFORMATION_TASK = "CLAIM_INFORMATION";

/**
 * Asks the member for what is missing (e.g. CLM-1 prescription, CLM-4 referral): a task for the
 * member who submitted, the INFORMATION_REQUESTED event (reason text + rule id), the status, and
 * the mail — one transaction, conditional on the claim still being open for review.
 */
export async function requestInformation(
  db: Db,
  actor: HandlerActor,
  input: { claimId: string; ruleId: string; text: string },
  now: Date = new Date(),
): Promise<{ taskId: string }> {
  if (!(await authoriseHandlerForClaim(db, actor, input.claimId, "claim.request_information"))) throw new HandlerRefusal("handler.errors.notFound");
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: input.claimId },
    select: { id: true, number: true, submittedById: true, submittedBy: { select: { email: true, displayName: true, locale: true } } },
  });
  const task = await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, status: { in: ["SUBMITTED", "IN_REVIEW"] } },
      data: { status: "INFORMATION_REQUESTED", assignedHandlerId: actor.userId },
    });
    if (moved.count !== 1) throw new HandlerRefusal("handler.errors.notOpenForInformation");
    const created = await tx.memberTask.create({
      data: { userId: claim.submittedById, claimId: claim.id, kind: CLAIM_INFORMATION_TASK, text: input.text, createdAt: now },
      select: { id: true },
    });
    await tx.claimEvent.create({
      data: { claimId: claim.id, kind: "INFORMATION_REQUESTED", actorUserId: actor.userId, createdAt: now, data: { reason: input.text, ruleId: input.ruleId, taskId: created.id } },
    });
    await enqueueEmail(
      tx,
      informationRequestedMail({ to: claim.submittedBy.email, name: claim.submittedBy.displayName, locale: claim.submittedBy.locale, claimNumber: claim.number, claimId: claim.id }),
    );
    return created;
  });
  kickOutbox(db);
  return { taskId: task.id };
}
