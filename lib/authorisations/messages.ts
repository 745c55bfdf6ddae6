import "server-only";
import type { Prisma } from "../db/generated/client";

/** ACC-4: a message on a request, with its timeline event (either side). */
export async function writeRequestMessage(tx: Prisma.TransactionClient, input: { authorisationId: string; authorUserId: string; fromHandler: boolean; body: string }): Promise<string> {
  const message = await tx.message.create({ data: { authorisationId: input.authorisationId, authorUserId: input.authorUserId, fromHandler: input.fromHandler, body: input.body }, select: { id: true } });
  await tx.authorisationEvent.create({ data: { authorisationId: input.authorisationId, kind: "MESSAGE", actorUserId: input.authorUserId, data: { messageId: message.id, fromHandler: input.fromHandler } } });
  return message.id;
}
