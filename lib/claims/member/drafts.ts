import "server-only";
import crypto from "node:crypto";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { nextNumber } from "../../db/number-series";
import { attachDocuments, DocumentAttachError } from "../../documents/attach";
import type { DocumentKind, UploadedDocument } from "../../documents/types";
import { copenhagenDay } from "../../i18n/format";
import { isUuid } from "../../server/route-input";
import { amountText, parseAmount } from "../amount";
import { claimDraftSchema, type ClaimDraftValues } from "./claim-draft-schema";
import { attachRefusal, authorisePerson, ClaimRefusal, detachOthers, F, isUniqueViolation, SETTING_CODE } from "./claim-writes";
import { isoDay } from "../../db/date-column";

/** Drafts (issue 4 "Draft"): saved as typed, resumed in the claim form, listed for "continue". See ./claim-writes.ts. */

export interface SaveDraftResult {
  draftId: string;
  number: string;
  /** The draft was submitted meanwhile (another tab); nothing was saved. */
  alreadySubmitted: boolean;
  savedAt: string;
}

function draftTotal(values: ClaimDraftValues): number {
  let total = 0;
  for (const line of values.lines) {
    const parsed = parseAmount(line.amount, values.locale);
    if (parsed.ok) total += parsed.minor;
  }
  return Math.min(total, 2_000_000_000);
}

function draftColumns(values: ClaimDraftValues, policyId: string, currency: string) {
  return {
    personId: values.personId,
    policyId,
    currency,
    diagnosis: values.diagnosis.trim() || null,
    emergency: values.emergency,
    authorisationReference: values.authorisationReference.trim() || null,
    otherInsuranceDeclared: values.otherInsurance.declared,
    otherInsurerName: values.otherInsurance.insurerName.trim() || null,
    sygeforsikringDanmark: values.otherInsurance.sygeforsikringDanmark,
    claimedTotalMinor: draftTotal(values),
    draftData: values as unknown as Prisma.InputJsonValue,
  };
}

/**
 * Saves the form as typed (Claim.draftData, status DRAFT) and attaches its uploads to the draft,
 * so the cleanup job keeps them. Creates the draft on first save; later saves update it.
 */
export async function saveDraft(db: Db, user: CurrentUser, values: ClaimDraftValues, options: { now?: Date } = {}): Promise<SaveDraftResult> {
  const now = options.now ?? new Date();
  const today = copenhagenDay(now);
  const actor = await loadActor(db, user);
  const policyId = await authorisePerson(db, actor, values.personId, today);
  const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { currency: true } });
  const documents = values.documents.map((d) => ({ documentId: d.documentId, kind: (d.kind || "OTHER") as DocumentKind, claimLineIds: [] as string[] }));
  const data = draftColumns(values, policyId, policy.currency);
  const saved = (claim: { id: string; number: string }, alreadySubmitted: boolean) => ({ draftId: claim.id, number: claim.number, alreadySubmitted, savedAt: now.toISOString() });

  const attempt = () =>
    db.$transaction(async (tx) => {
      // Which draft: the one named, else the one this form instance created (same key).
      const select = { id: true, number: true, status: true, submittedById: true } as const;
      const existing = values.draftId
        ? await tx.claim.findUnique({ where: { id: values.draftId }, select })
        : await tx.claim.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select });
      if (existing && !can(actor, "claim.edit", existing)) throw ClaimRefusal.field("_form", F("draftNotFound"));
      if (values.draftId && !existing) throw ClaimRefusal.field("_form", F("draftNotFound"));

      let claim: { id: string; number: string };
      if (existing) {
        const { count } = await tx.claim.updateMany({ where: { id: existing.id, status: "DRAFT", submittedById: user.userId }, data });
        if (count === 0) return saved(existing, true);
        claim = existing;
      } else {
        claim = await tx.claim.create({
          data: { ...data, number: await nextNumber(tx, "D", Number(today.slice(0, 4))), status: "DRAFT", submittedById: user.userId, idempotencyKey: values.idempotencyKey },
          select: { id: true, number: true },
        });
        await tx.claimEvent.create({ data: { claimId: claim.id, kind: "DRAFT_SAVED", actorUserId: user.userId } });
      }
      await detachOthers(tx, claim.id, user.userId, documents.map((d) => d.documentId));
      await attachDocuments(tx, { userId: user.userId, claimId: claim.id, personId: values.personId, documents });
      return saved(claim, false);
    });

  try {
    return await attempt();
  } catch (error) {
    if (error instanceof DocumentAttachError) throw attachRefusal(error);
    // Two first saves of one form raced: the other created the draft; update that one.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Resuming a draft

export interface DraftForEdit {
  id: string;
  number: string;
  personId: string;
  values: ClaimDraftValues;
  documents: UploadedDocument[];
}

type StoredDraft = Prisma.ClaimGetPayload<{ include: { lines: true; documents: true } }>;

/** Form values rebuilt from a draft's columns and lines (a draft saved before draftData existed, or with unreadable data). */
function valuesFromColumns(claim: StoredDraft, locale: "da" | "en"): ClaimDraftValues {
  return {
    draftId: undefined,
    idempotencyKey: claim.idempotencyKey ?? crypto.randomUUID(),
    locale,
    personId: claim.personId,
    lines: claim.lines.map((line) => ({
      treatmentDate: isoDay(line.treatmentDate),
      category: line.category,
      setting: SETTING_CODE[line.setting],
      providerId: line.providerId ?? "",
      providerName: line.providerName,
      country: line.country,
      amount: amountText(line.amountMinor, locale),
      currency: line.currency,
    })),
    diagnosis: claim.diagnosis ?? "",
    emergency: claim.emergency,
    authorisationReference: claim.authorisationReference ?? "",
    otherInsurance: { declared: claim.otherInsuranceDeclared, insurerName: claim.otherInsurerName ?? "", sygeforsikringDanmark: claim.sygeforsikringDanmark },
    documents: claim.documents.map((d) => ({ documentId: d.id, kind: d.kind, lineIndexes: [] })),
  };
}

/**
 * The member's own draft with its uploads, as form values; null (→ 404) for anything else: not
 * theirs, not a draft, or a person they may no longer see. A draft saved before draftData existed
 * (or with unreadable data) is rebuilt from its lines.
 */
export async function loadDraftForEdit(db: Db, user: CurrentUser, claimId: string, locale: "da" | "en"): Promise<DraftForEdit | null> {
  if (!isUuid(claimId)) return null;
  const claim = await db.claim.findFirst({
    where: { id: claimId, submittedById: user.userId, status: "DRAFT" },
    include: {
      lines: { orderBy: { lineNo: "asc" } },
      documents: { where: { ownerUserId: user.userId }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!claim) return null;
  // Resuming a draft is claiming for its person again: refused once they are no longer visible (FAM-7).
  const actor = await loadActor(db, user);
  if (!can(actor, "claim.edit", claim) || !can(actor, "claim.create", claim)) return null;

  const stored = claimDraftSchema.safeParse(claim.draftData ?? undefined);
  const base = stored.success ? stored.data : valuesFromColumns(claim, locale);
  const documentIds = new Set(claim.documents.map((d) => d.id));
  const values: ClaimDraftValues = {
    ...base,
    draftId: claim.id,
    // The draft's own key: every tab resuming it submits the same claim.
    idempotencyKey: claim.idempotencyKey ?? base.idempotencyKey,
    personId: claim.personId,
    // Only uploads still attached to the draft.
    documents: base.documents.filter((d) => documentIds.has(d.documentId)),
  };
  return {
    id: claim.id,
    number: claim.number,
    personId: claim.personId,
    values,
    documents: claim.documents.map((d) => ({ id: d.id, originalName: d.originalName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, createdAt: d.createdAt.toISOString() })),
  };
}

/** The member's open drafts, newest first, for "continue where you left off". */
export async function listOwnDrafts(db: Db, user: CurrentUser, limit = 5): Promise<{ id: string; number: string; updatedAt: string }[]> {
  const drafts = await db.claim.findMany({
    where: { submittedById: user.userId, status: "DRAFT" },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, number: true, updatedAt: true },
  });
  return drafts.map((d) => ({ id: d.id, number: d.number, updatedAt: d.updatedAt.toISOString() }));
}
