import "server-only";
import type { Db } from "../db/client";
import { kickOutbox } from "../mail/outbox";
import { queueClaimUpdateMail } from "./mail/notify";

export interface ClaimMessageDto {
  id: string;
  body: string;
  fromHandler: boolean;
  authorName: string;
  createdAt: string;
}

/**
 * ACC-4: correspondence on a claim. The caller has already authorised the author against the
 * loaded claim (member: their own or their child's; handler: their insurer's).
 */
export async function postClaimMessage(
  db: Db,
  input: { claimId: string; authorUserId: string; fromHandler: boolean; body: string },
): Promise<{ id: string }> {
  const posted = await db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: { claimId: input.claimId, authorUserId: input.authorUserId, fromHandler: input.fromHandler, body: input.body },
      select: { id: true },
    });
    await tx.claimEvent.create({
      data: { claimId: input.claimId, kind: "MESSAGE", actorUserId: input.authorUserId, data: { messageId: message.id, fromHandler: input.fromHandler } },
    });
    // The claim page promises a mail when the handler answers (issue 14 point 2); the words stay in the portal.
    if (input.fromHandler) await queueClaimUpdateMail(tx, input.claimId, "handler_message");
    return message;
  });
  if (input.fromHandler) kickOutbox(db);
  return posted;
}

export async function listClaimMessages(db: Db, claimId: string): Promise<ClaimMessageDto[]> {
  const rows = await db.message.findMany({
    where: { claimId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, fromHandler: true, createdAt: true, author: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ id: row.id, body: row.body, fromHandler: row.fromHandler, authorName: row.author.displayName, createdAt: row.createdAt.toISOString() }));
}
