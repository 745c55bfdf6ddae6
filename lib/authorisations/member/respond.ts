import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { DocumentKind } from "../../documents/types";
import { Refusal } from "../../server/refusal";
import { writeRequestMessage } from "../messages";
import { authorisationError as E } from "../request-schema";
import { attachOrRefuse } from "./request-writes";

/** The request as loaded, if the member may act on it ("authorisation.respond": FAM-7 and ACC-3); else a refusal. */
export async function requestForMember(db: Db, user: CurrentUser, authorisationId: string) {
  const [actor, row] = await Promise.all([
    loadActor(db, user),
    db.authorisation.findUnique({ where: { id: authorisationId }, select: { id: true, reference: true, status: true, personId: true, requestedById: true } }),
  ]);
  if (!row || !can(actor, "authorisation.respond", row)) throw new Refusal(E("notFound"));
  return row;
}

/** The member's answer to an information request: documents and/or a message; back to review (the 48 hours go on). */
export async function respondToRequest(db: Db, user: CurrentUser, input: { authorisationId: string; message: string; documents: { documentId: string; kind: DocumentKind }[] }): Promise<{ personId: string }> {
  const row = await requestForMember(db, user, input.authorisationId);
  if (input.message.trim() === "" && input.documents.length === 0) throw new Refusal(E("responseEmpty"), "message");
  await db.$transaction(async (tx) => {
    const { count } = await tx.authorisation.updateMany({ where: { id: row.id, status: "INFORMATION_REQUESTED" }, data: { status: "IN_REVIEW" } });
    if (count === 0) throw new Refusal(E("notWaiting"));
    await attachOrRefuse(tx, { userId: user.userId, authorisationId: row.id, personId: row.personId, documents: input.documents, replace: false });
    if (input.message.trim()) await writeRequestMessage(tx, { authorisationId: row.id, authorUserId: user.userId, fromHandler: false, body: input.message.trim() });
    await tx.memberTask.updateMany({ where: { authorisationId: row.id, status: "OPEN" }, data: { status: "DONE", doneAt: new Date() } });
    await tx.authorisationEvent.create({ data: { authorisationId: row.id, kind: "INFORMATION_PROVIDED", actorUserId: user.userId, data: { documentIds: input.documents.map((d) => d.documentId) } } });
  });
  return { personId: row.personId };
}
