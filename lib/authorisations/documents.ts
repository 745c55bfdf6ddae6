import "server-only";
import type { Prisma } from "../db/generated/client";
import { DocumentAttachError } from "../documents/attach";
import { MAX_CLAIM_BYTES } from "../documents/limits";
import type { DocumentKind } from "../documents/types";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "document">;

/**
 * Links the member's uploads to a request (draft save, submit, information response) inside the
 * caller's transaction, with the same limits as a claim (lib/documents/limits.ts: 60 MB per case).
 * Each document must be the member's own and attached to nothing else; documents the member
 * removed from a draft go back to unattached (the cleanup job deletes them). Nothing is written
 * on refusal (DocumentAttachError, as the claim form shows it beside the uploader).
 */
export async function attachRequestDocuments(
  tx: Tx,
  input: { userId: string; authorisationId: string; personId: string; documents: { documentId: string; kind: DocumentKind }[]; replace: boolean },
): Promise<void> {
  // Serialises attaches to one request so two of them cannot both pass the 60 MB check.
  await tx.$queryRaw`SELECT id FROM "Authorisation" WHERE id = ${input.authorisationId}::uuid FOR UPDATE`;
  const ids = input.documents.map((d) => d.documentId);
  if (input.replace) {
    await tx.document.updateMany({ where: { authorisationId: input.authorisationId, ownerUserId: input.userId, id: { notIn: ids } }, data: { authorisationId: null, attachedAt: null } });
  }
  if (ids.length === 0) return;
  const docs = await tx.document.findMany({ where: { id: { in: ids } }, select: { id: true, ownerUserId: true, claimId: true, authorisationId: true, messageId: true, sizeBytes: true } });
  for (const id of ids) {
    const doc = docs.find((d) => d.id === id);
    if (!doc || doc.ownerUserId !== input.userId) throw new DocumentAttachError("documents.errors.notFound", id);
    if (doc.claimId !== null || doc.messageId !== null || (doc.authorisationId !== null && doc.authorisationId !== input.authorisationId)) {
      throw new DocumentAttachError("documents.errors.attachedElsewhere", id);
    }
  }
  const { _sum } = await tx.document.aggregate({ where: { authorisationId: input.authorisationId, id: { notIn: ids } }, _sum: { sizeBytes: true } });
  if ((_sum.sizeBytes ?? 0) + docs.reduce((sum, d) => sum + d.sizeBytes, 0) > MAX_CLAIM_BYTES) throw new DocumentAttachError("documents.errors.claimTotalTooLarge");
  const now = new Date();
  for (const { documentId, kind } of input.documents) {
    // Conditional: a concurrent attach elsewhere makes this match nothing.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, ownerUserId: input.userId, claimId: null, messageId: null, OR: [{ authorisationId: null }, { authorisationId: input.authorisationId }] },
      data: { authorisationId: input.authorisationId, personId: input.personId, kind },
    });
    if (count !== 1) throw new DocumentAttachError("documents.errors.attachedElsewhere", documentId);
  }
  await tx.document.updateMany({ where: { id: { in: ids }, attachedAt: null }, data: { attachedAt: now } });
}
