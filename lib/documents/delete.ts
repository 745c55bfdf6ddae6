import "server-only";
import { decide } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { isUuid, type DocumentErrorKey } from "./errors";
import { documentStore, type DocumentStore } from "./store";

export type DeleteOutcome = { ok: true } | { ok: false; status: 401 | 404 | 409; messageKey: DocumentErrorKey };

/**
 * DELETE /api/documents/<id> without the HTTP — the uploader's "remove" button. Allowed while
 * the document is the uploader's own and either unattached or linked only to a claim that is
 * still their DRAFT (a draft's uploads are attached so they survive; removing one there must
 * work too). A submitted claim's documents are evidence and are never deleted here (409).
 * Line links go with the row (ClaimLineDocument cascades).
 */
export async function deleteDocumentForUser(
  db: Db,
  user: CurrentUser | null,
  documentId: string,
  options: { ip?: string | null } = {},
  store: DocumentStore = documentStore(),
): Promise<DeleteOutcome> {
  if (!user) return { ok: false, status: 401, messageKey: "documents.errors.signedOut" };
  if (!isUuid(documentId)) return { ok: false, status: 404, messageKey: "documents.errors.notFound" };

  const doc = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      storageKey: true,
      ownerUserId: true,
      claimId: true,
      authorisationId: true,
      messageId: true,
      claim: { select: { status: true, submittedById: true } },
    },
  });
  if (!doc) return { ok: false, status: 404, messageKey: "documents.errors.notFound" };
  const decision = decide(user, "document.delete", doc);
  if (!decision.allowed) {
    // Their own document, attached where it is evidence: 409. Anyone else's does not exist for them.
    return decision.reason === "attached"
      ? { ok: false, status: 409, messageKey: "documents.errors.alreadyAttached" }
      : { ok: false, status: 404, messageKey: "documents.errors.notFound" };
  }

  // Conditional delete (the same rule as can(user, "document.delete") in the database): if a
  // submit attached it meanwhile, nothing is deleted.
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.document.deleteMany({
      where: {
        id: doc.id,
        ownerUserId: user.userId,
        authorisationId: null,
        messageId: null,
        OR: [{ claimId: null }, { claim: { status: "DRAFT", submittedById: user.userId } }],
      },
    });
    if (count === 1) {
      await writeAudit(tx, {
        actorUserId: user.userId,
        action: "document.delete",
        subjectType: "Document",
        subjectId: doc.id,
        ip: options.ip ?? null,
        metadata: { claimId: doc.claimId },
      });
    }
    return count === 1;
  });
  if (!deleted) return { ok: false, status: 409, messageKey: "documents.errors.alreadyAttached" };
  await store.delete(doc.storageKey);
  return { ok: true };
}
