import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { nextNumber } from "../../db/number-series";
import { toUploadedDocument } from "../../documents/dto";
import type { UploadedDocument } from "../../documents/types";
import { copenhagenDay } from "../../i18n/format";
import { Refusal } from "../../server/refusal";
import { authorisationError as E, requestDraftSchema, type RequestDraftValues } from "../request-schema";
import { attachOrRefuse, authoriseRequestPerson, isUniqueViolation, SETTING } from "./request-writes";

export interface SaveRequestDraftResult {
  draftId: string;
  savedAt: string;
  /** The same form was submitted meanwhile (another tab): go to the request. */
  alreadySubmitted: boolean;
}

function draftColumns(values: RequestDraftValues) {
  return {
    category: values.category,
    setting: SETTING[values.setting],
    diagnosis: values.diagnosis,
    plannedTreatment: values.plannedTreatment,
    providerName: values.providerName,
    emergency: values.emergency,
    draftData: values as unknown as Prisma.InputJsonValue,
  };
}

/**
 * "Save draft" and autosave: the form as typed in Authorisation.draftData (status DRAFT), its
 * uploads attached to the draft so the cleanup job leaves them alone. Keyed by the form's
 * idempotency key, so two saves of one form make one draft.
 */
export async function saveRequestDraft(db: Db, user: CurrentUser, values: RequestDraftValues, now = new Date()): Promise<SaveRequestDraftResult> {
  const actor = await loadActor(db, user);
  const today = copenhagenDay(now);
  const policyId = await authoriseRequestPerson(db, actor, values.personId, today);
  const existing = await db.authorisation.findFirst({
    where: values.draftId ? { id: values.draftId } : { idempotencyKey: values.idempotencyKey },
    select: { id: true, status: true, requestedById: true },
  });
  if (existing && !can(actor, "authorisation.edit", existing)) throw new Refusal(E("draftNotFound"));
  if (existing && existing.status !== "DRAFT") return { draftId: existing.id, savedAt: now.toISOString(), alreadySubmitted: true };
  const documents = values.documents.flatMap((d) => (d.kind ? [{ documentId: d.documentId, kind: d.kind }] : [{ documentId: d.documentId, kind: "OTHER" as const }]));
  try {
    const draftId = await db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        await tx.authorisation.update({ where: { id: existing.id }, data: { ...draftColumns(values), personId: values.personId, policyId } });
        id = existing.id;
      } else {
        const reference = await nextNumber(tx, "AD", Number(today.slice(0, 4)));
        id = (
          await tx.authorisation.create({
            data: { ...draftColumns(values), reference, kind: "PRE_AUTHORISATION", status: "DRAFT", policyId, personId: values.personId, requestedById: user.userId, plannedDate: new Date(`${today}T00:00:00.000Z`), currency: "DKK", idempotencyKey: values.idempotencyKey },
            select: { id: true },
          })
        ).id;
        await tx.authorisationEvent.create({ data: { authorisationId: id, kind: "DRAFT_SAVED", actorUserId: user.userId } });
      }
      await attachOrRefuse(tx, { userId: user.userId, authorisationId: id, personId: values.personId, documents, replace: true });
      return id;
    });
    return { draftId, savedAt: now.toISOString(), alreadySubmitted: false };
  } catch (error) {
    // Two autosaves of a new form raced: the other created the draft; save into it.
    if (isUniqueViolation(error) && !values.draftId) {
      const winner = await db.authorisation.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true } });
      if (winner) return saveRequestDraft(db, user, { ...values, draftId: winner.id }, now);
    }
    throw error;
  }
}

/** The member's own open drafts, newest first ("continue where you left off"). */
export async function listOwnRequestDrafts(db: Db, user: CurrentUser): Promise<{ id: string; reference: string; updatedAt: string }[]> {
  const rows = await db.authorisation.findMany({ where: { requestedById: user.userId, status: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 10, select: { id: true, reference: true, updatedAt: true } });
  return rows.map((r) => ({ id: r.id, reference: r.reference, updatedAt: r.updatedAt.toISOString() }));
}

/** A draft to resume: only the drafter's own (anything else is null), with its uploads. */
export async function loadRequestDraft(db: Db, user: CurrentUser, id: string): Promise<{ id: string; reference: string; personId: string; values: RequestDraftValues; documents: UploadedDocument[] } | null> {
  const draft = await db.authorisation.findFirst({
    where: { id, status: "DRAFT", requestedById: user.userId },
    select: { id: true, reference: true, personId: true, draftData: true, documents: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true, kind: true, createdAt: true } } },
  });
  if (!draft) return null;
  const values = requestDraftSchema.safeParse(draft.draftData);
  if (!values.success) return null;
  return { id: draft.id, reference: draft.reference, personId: draft.personId, values: { ...values.data, draftId: draft.id }, documents: draft.documents.map(toUploadedDocument) };
}
