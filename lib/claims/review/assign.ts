import "server-only";
import { loadActor } from "../../access/actor";
import type { Db } from "../../db/client";
import { authoriseHandlerForClaim, HandlerRefusal, type HandlerActor } from "./access";
import { OPEN_STATUSES } from "./decide";

export interface HandlerOption {
  id: string;
  name: string;
}

/** The claims handlers of the actor's insurer (enabled accounts), by name: whom a claim can be given to. */
export async function listColleagues(db: Db, actor: HandlerActor): Promise<HandlerOption[]> {
  const { insurerId } = await loadActor(db, actor);
  if (!insurerId) return [];
  const rows = await db.user.findMany({
    where: { insurerId, roles: { has: "CLAIMS_HANDLER" }, disabledAt: null },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
  return rows.map((row) => ({ id: row.id, name: row.displayName }));
}

/**
 * Gives an open claim to a handler of the same insurer (the actor themself or a colleague): the
 * assignment and an ASSIGNED event with who gave it to whom. A handler of another insurer, or a
 * decided claim, is refused.
 */
export async function assignClaim(db: Db, actor: HandlerActor, input: { claimId: string; handlerId: string }, now: Date = new Date()): Promise<HandlerOption> {
  if (!(await authoriseHandlerForClaim(db, actor, input.claimId, "claim.review"))) throw new HandlerRefusal("handler.errors.notFound");
  const assignee = (await listColleagues(db, actor)).find((handler) => handler.id === input.handlerId);
  if (!assignee) throw new HandlerRefusal("handler.assign.errors.unknownHandler", "handlerId");
  await db.$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({ where: { id: input.claimId, status: { in: OPEN_STATUSES } }, data: { assignedHandlerId: assignee.id } });
    if (moved.count !== 1) throw new HandlerRefusal("handler.errors.notOpen");
    await tx.claimEvent.create({
      data: { claimId: input.claimId, kind: "ASSIGNED", actorUserId: actor.userId, createdAt: now, data: { handlerId: assignee.id, handlerName: assignee.name } },
    });
  });
  return assignee;
}
