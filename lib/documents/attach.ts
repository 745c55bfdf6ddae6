import "server-only";
import { decide } from "../access/can";
import type { Prisma } from "../db/generated/client";
import { isUuid, type DocumentErrorKey } from "./errors";
import { MAX_CLAIM_BYTES } from "./limits";
import type { DocumentKind } from "./types";
import { Refusal } from "../server/refusal";

export class DocumentAttachError extends Refusal {
  constructor(
    override readonly messageKey: DocumentErrorKey,
    readonly documentId?: string,
  ) {
    super(messageKey);
  }
}

export interface AttachDocumentsInput {
  /** The member doing it: only their own uploads can be attached. */
  userId: string;
  claimId: string;
  /** The claim's person (whose health data the documents become). Must match the claim. */
  personId: string;
  documents: { documentId: string; kind: DocumentKind; claimLineIds: string[] }[];
}

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "claim" | "claimLine" | "document" | "claimLineDocument">;

/**
 * Links uploads to a claim (draft save, submit, information response) inside the caller's
 * transaction. The caller has already authorised the user against the claim; this checks the
 * documents: each is the user's own, attached to no other claim (nor to a message or
 * authorisation), the claim lines belong to this claim, and the claim's documents stay within
 * 60 MB. Documents of the claim that are not listed are left as they are (an information
 * response adds to what is there). Throws DocumentAttachError (nothing written) on refusal.
 */
export async function attachDocuments(tx: Tx, input: AttachDocumentsInput): Promise<void> {
  const wanted = mergeDuplicates(input.documents);
  if (wanted.size === 0) return;
  const ids = [...wanted.keys()];
  if (!ids.every(isUuid)) throw new DocumentAttachError("documents.errors.notFound");

  if (!isUuid(input.claimId)) throw new DocumentAttachError("documents.errors.claimNotFound");
  // Serialises concurrent attaches to one claim, so two of them cannot both pass the 60 MB check.
  const locked = await tx.$queryRaw<{ personId: string }[]>`
    SELECT "personId" FROM "Claim" WHERE id = ${input.claimId}::uuid FOR UPDATE`;
  if (locked[0]?.personId !== input.personId) throw new DocumentAttachError("documents.errors.claimNotFound");

  const docs = await tx.document.findMany({
    where: { id: { in: ids } },
    select: { id: true, ownerUserId: true, claimId: true, authorisationId: true, messageId: true, sizeBytes: true },
  });
  for (const id of ids) {
    const doc = docs.find((d) => d.id === id);
    const decision = doc ? decide({ userId: input.userId }, "document.attach", { ...doc, targetClaimId: input.claimId }) : null;
    if (!decision?.allowed) {
      throw new DocumentAttachError(decision?.reason === "attached" ? "documents.errors.attachedElsewhere" : "documents.errors.notFound", id);
    }
  }

  const lineIds = [...new Set([...wanted.values()].flatMap((w) => w.claimLineIds))];
  if (lineIds.length > 0) {
    const found = await tx.claimLine.count({ where: { id: { in: lineIds }, claimId: input.claimId } });
    if (found !== lineIds.length) throw new DocumentAttachError("documents.errors.lineNotFound");
  }

  const { _sum } = await tx.document.aggregate({
    where: { claimId: input.claimId, id: { notIn: ids } },
    _sum: { sizeBytes: true },
  });
  const total = (_sum.sizeBytes ?? 0) + docs.reduce((sum, d) => sum + d.sizeBytes, 0);
  if (total > MAX_CLAIM_BYTES) throw new DocumentAttachError("documents.errors.claimTotalTooLarge");

  const now = new Date();
  for (const [documentId, { kind }] of wanted) {
    // Conditional: a concurrent attach to another claim makes this match nothing.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, ownerUserId: input.userId, OR: [{ claimId: null }, { claimId: input.claimId }], authorisationId: null, messageId: null },
      data: { claimId: input.claimId, personId: input.personId, kind },
    });
    if (count !== 1) throw new DocumentAttachError("documents.errors.attachedElsewhere", documentId);
  }
  // attachedAt records the first attach; re-saving a draft does not move it.
  await tx.document.updateMany({ where: { id: { in: ids }, attachedAt: null }, data: { attachedAt: now } });

  await tx.claimLineDocument.deleteMany({ where: { documentId: { in: ids } } });
  const links = [...wanted].flatMap(([documentId, { claimLineIds }]) => claimLineIds.map((claimLineId) => ({ documentId, claimLineId })));
  if (links.length > 0) await tx.claimLineDocument.createMany({ data: links, skipDuplicates: true });
}

function mergeDuplicates(documents: AttachDocumentsInput["documents"]): Map<string, { kind: DocumentKind; claimLineIds: string[] }> {
  const out = new Map<string, { kind: DocumentKind; claimLineIds: string[] }>();
  for (const d of documents) {
    const prev = out.get(d.documentId);
    out.set(d.documentId, { kind: d.kind, claimLineIds: [...new Set([...(prev?.claimLineIds ?? []), ...d.claimLineIds])] });
  }
  return out;
}
