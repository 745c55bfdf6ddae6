import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { attachDocuments, DocumentAttachError } from "../../documents/attach";
import { kickOutbox } from "../../mail/outbox";
import { queueClaimUpdateMail } from "../mail/notify";
import type { InformationResponse } from "./follow-up-schemas";
import { addWorkingDays, DECISION_TARGET_WORKING_DAYS } from "../../cover/working-days";
import { copenhagenDay } from "../../i18n/format";
import { Refusal } from "../../server/refusal";

/** A refusal with a translation key (claims.respond.errors.* or documents.errors.*). */
export class InformationResponseRefusal extends Refusal {}

export interface InformationResponseResult {
  claimId: string;
  personId: string;
  messageId: string | null;
  documentIds: string[];
  dueAt: string;
}

/**
 * The member answers a handler's information request: the uploaded documents are attached, the
 * optional message is posted, the open task is done, an INFORMATION_PROVIDED event is written and
 * the claim goes back to IN_REVIEW — all in one transaction. Refused (nothing written) unless the
 * claim is visible to this member and is waiting for information.
 *
 * The claim is complete again from today, so the CLM-5 target becomes 5 working days from today
 * (never earlier than it was).
 */
export async function respondToInformationRequest(db: Db, user: CurrentUser, input: InformationResponse, now = new Date()): Promise<InformationResponseResult> {
  const claim = await db.claim.findUnique({
    where: { id: input.claimId },
    select: { id: true, personId: true, status: true, submittedById: true, dueAt: true, lines: { select: { id: true } } },
  });
  if (!claim || !can(await loadActor(db, user, now), "claim.respond", claim)) throw new InformationResponseRefusal("claims.errors.notFound");
  if (claim.status !== "INFORMATION_REQUESTED") throw new InformationResponseRefusal("claims.respond.errors.notRequested");
  const message = input.message.trim();
  if (input.documents.length === 0 && !message) throw new InformationResponseRefusal("claims.respond.errors.empty");

  const target = new Date(`${addWorkingDays(copenhagenDay(now), DECISION_TARGET_WORKING_DAYS)}T${now.toISOString().slice(11)}`);
  const dueAt = claim.dueAt && claim.dueAt > target ? claim.dueAt : target;
  // A document sent for a one-line claim proves that line; otherwise the handler links it.
  const lineIds = claim.lines.length === 1 ? claim.lines.map((line) => line.id) : [];

  try {
    const result = await db.$transaction(async (tx) => {
      // Conditional: of two concurrent answers only one moves the claim on.
      const moved = await tx.claim.updateMany({ where: { id: claim.id, status: "INFORMATION_REQUESTED" }, data: { status: "IN_REVIEW", dueAt } });
      if (moved.count !== 1) throw new InformationResponseRefusal("claims.respond.errors.notRequested");
      await attachDocuments(tx, {
        userId: user.userId,
        claimId: claim.id,
        personId: claim.personId,
        documents: input.documents.map((document) => ({ documentId: document.documentId, kind: document.kind, claimLineIds: lineIds })),
      });
      const posted = message
        ? await tx.message.create({ data: { claimId: claim.id, authorUserId: user.userId, fromHandler: false, body: message, createdAt: now }, select: { id: true } })
        : null;
      await tx.memberTask.updateMany({ where: { claimId: claim.id, status: "OPEN" }, data: { status: "DONE", doneAt: now } });
      await tx.claimEvent.create({
        data: {
          claimId: claim.id,
          kind: "INFORMATION_PROVIDED",
          actorUserId: user.userId,
          createdAt: now,
          data: { documentIds: input.documents.map((document) => document.documentId), messageId: posted?.id ?? null },
        },
      });
      await queueClaimUpdateMail(tx, claim.id, "information_received");
      return {
        claimId: claim.id,
        personId: claim.personId,
        messageId: posted?.id ?? null,
        documentIds: input.documents.map((document) => document.documentId),
        dueAt: dueAt.toISOString(),
      };
    });
    kickOutbox(db);
    return result;
  } catch (error) {
    if (error instanceof DocumentAttachError) throw new InformationResponseRefusal(error.messageKey);
    throw error;
  }
}
