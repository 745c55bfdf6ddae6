import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { attachDocuments, DocumentAttachError } from "../../documents/attach";
import { kickOutbox } from "../../mail/outbox";
import { Refusal } from "../../server/refusal";
import { complaintBlock, complaintDueAt } from "../complaints/rules";
import type { ComplaintValues } from "../complaints/schemas";
import { queueClaimUpdateMail } from "../mail/notify";
import { isUniqueViolation } from "./claim-writes";

/** A refusal with a translation key (complaints.errors.* or documents.errors.*). */
export class ComplaintRefusal extends Refusal {}

/** This form's complaint was made meanwhile (by a concurrent request with the same key). */
class SameForm extends Error {}

export interface ComplaintSubmitResult {
  complaintId: string;
  claimId: string;
  personId: string;
  dueAt: string;
  /** false: this form had already sent the complaint (a double submit); nothing new was written. */
  created: boolean;
}

/**
 * The member complains about a claim's decision (CLM-5): the complaint (due in 7 working days),
 * its documents attached to the claim, the COMPLAINT_RECEIVED event and the "complaint received"
 * mail to the complainant, in one transaction. Idempotent by the form's key: a double submit
 * answers with the complaint the first one made. Refused (nothing written) unless the member may
 * act for the claim's person (ACC-3) and the decision can still be complained about.
 */
export async function submitComplaint(db: Db, user: CurrentUser, input: ComplaintValues, now = new Date()): Promise<ComplaintSubmitResult> {
  const earlier = await sameForm(db, user, input);
  if (earlier) return earlier;
  const claim = await db.claim.findUnique({
    where: { id: input.claimId },
    select: { id: true, personId: true, status: true, submittedById: true, decidedAt: true, complaints: { select: { status: true, receivedAt: true } } },
  });
  if (!claim || !can(await loadActor(db, user, now), "complaint.create", claim)) throw new ComplaintRefusal("claims.errors.notFound");
  const block = complaintBlock(claim);
  if (block) throw new ComplaintRefusal(`complaints.errors.${block}`);

  const dueAt = complaintDueAt(now);
  try {
    const complaint = await db.$transaction(async (tx) => {
      // Serialises complaints on one claim: of two forms sent at once only one gets past the check.
      await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claim.id}::uuid FOR UPDATE`;
      const made = await tx.claimComplaint.findMany({ where: { claimId: claim.id, receivedAt: { gte: claim.decidedAt ?? new Date(0) } }, select: { idempotencyKey: true } });
      // The same form sent twice at once: the first one made it; that complaint is the answer.
      if (made.some((complaint) => complaint.idempotencyKey === input.idempotencyKey)) throw new SameForm();
      if (made.length > 0) throw new ComplaintRefusal("complaints.errors.alreadyOpen");
      await attachDocuments(tx, {
        userId: user.userId,
        claimId: claim.id,
        personId: claim.personId,
        documents: input.documents.map((document) => ({ documentId: document.documentId, kind: document.kind, claimLineIds: [] })),
      });
      const created = await tx.claimComplaint.create({
        data: {
          claimId: claim.id,
          complainantId: user.userId,
          reason: input.reason,
          documentIds: input.documents.map((document) => document.documentId),
          idempotencyKey: input.idempotencyKey,
          receivedAt: now,
          dueAt,
        },
        select: { id: true },
      });
      await tx.claimEvent.create({ data: { claimId: claim.id, kind: "COMPLAINT_RECEIVED", actorUserId: user.userId, createdAt: now, data: { complaintId: created.id } } });
      await queueClaimUpdateMail(tx, claim.id, "complaint_received", user.userId);
      return created;
    });
    kickOutbox(db);
    return { complaintId: complaint.id, claimId: claim.id, personId: claim.personId, dueAt: dueAt.toISOString(), created: true };
  } catch (error) {
    if (error instanceof DocumentAttachError) throw new ComplaintRefusal(error.messageKey);
    // The same form sent twice at once: the other request's complaint is the answer.
    if (error instanceof SameForm || isUniqueViolation(error)) {
      const winner = await sameForm(db, user, input);
      if (winner) return winner;
    }
    throw error;
  }
}

/** The complaint this form already made (same key, same member), if any. */
async function sameForm(db: Db, user: CurrentUser, input: ComplaintValues): Promise<ComplaintSubmitResult | null> {
  const existing = await db.claimComplaint.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, claimId: true, complainantId: true, dueAt: true, claim: { select: { personId: true } } },
  });
  if (!existing) return null;
  if (existing.complainantId !== user.userId || existing.claimId !== input.claimId) throw new ComplaintRefusal("complaints.errors.submitFailed");
  return { complaintId: existing.id, claimId: existing.claimId, personId: existing.claim.personId, dueAt: existing.dueAt.toISOString(), created: false };
}
