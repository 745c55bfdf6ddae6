import "server-only";
import { isUuid } from "../../server/route-input";
import crypto from "node:crypto";
import { loadActor, type LoadedActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { nextNumber } from "../../db/number-series";
import { attachDocuments, DocumentAttachError } from "../../documents/attach";
import type { DocumentKind, UploadedDocument } from "../../documents/types";
import { env } from "../../env";
import { requestAdjudication } from "../../jobs/adjudication-queue";
import { enqueueEmail, kickOutbox } from "../../mail/outbox";
import { claimCaseSchema, evaluateClaim, type ClaimDecision } from "../../rules";
import { amountText, claimDraftSchema, parseAmount, planIssues, type ClaimDraftValues, type ClaimFormValues } from "./claim-form-schema";
import { buildClaimCase } from "./estimate";
import { loadClaimFacts, resolveClaimPolicyId } from "../../cover/facts";
import { claimReceivedMail } from "../mail/claim-received";
import { addWorkingDays, DECISION_TARGET_WORKING_DAYS } from "../../cover/working-days";
import { toLocale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";

/**
 * Drafts and the idempotent submit (issue 4 "Draft", "Submit").
 *
 * Numbers: a draft gets a number from the "D" series (D-2026-000007) so the required, unique
 * Claim.number is filled without using up claim numbers; at submit it gets the next "C" number,
 * so submitted claims are numbered without gaps (abandoned drafts leave no holes in "C").
 *
 * Idempotency: Claim.idempotencyKey (unique) is the form instance's key. Drafts carry it too, so
 * an autosave racing another autosave, or a submit racing a save, meets the same row. A second
 * submit with the same key (double click, second tab, retried request) gets the existing claim.
 */

/** A refusal with translated message keys, per field ("lines.0.category") or for the form ("_form"). */
export class ClaimRefusal extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super(`Claim refused: ${JSON.stringify(fieldErrors)}`);
    this.name = "ClaimRefusal";
  }
  static field(field: string, messageKey: string): ClaimRefusal {
    return new ClaimRefusal({ [field]: [messageKey] });
  }
}

export interface SubmitResult {
  claimId: string;
  number: string;
  /** false: this key (or this draft) had already been submitted; nothing new was written. */
  created: boolean;
}

export interface SaveDraftResult {
  draftId: string;
  number: string;
  /** The draft was submitted meanwhile (another tab); nothing was saved. */
  alreadySubmitted: boolean;
  savedAt: string;
}

export interface SubmitOptions {
  now?: Date;
  /** After commit: send the mail and queue adjudication. Tests replace it. */
  afterCommit?: (claimId: string) => Promise<void>;
}

const F = (key: string) => `claimForm.errors.${key}`;
const SETTING = { out_patient: "OUT_PATIENT", day_patient: "DAY_PATIENT", in_patient: "IN_PATIENT" } as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Refused unless the member may act on this person's health data (FAM-7); resolves the policy. */
async function authorisePerson(db: Db, actor: LoadedActor, personId: string, today: string): Promise<string> {
  if (!can(actor, "claim.create", { personId })) throw ClaimRefusal.field("personId", F("personNotAllowed"));
  const policyId = await resolveClaimPolicyId(db, personId, today);
  if (!policyId) throw ClaimRefusal.field("personId", F("noPolicy"));
  return policyId;
}

function attachRefusal(error: DocumentAttachError): ClaimRefusal {
  return new ClaimRefusal({ documents: [error.messageKey] });
}

/** Documents the member removed from the form go back to "unattached" (the cleanup job deletes them). */
async function detachOthers(tx: Prisma.TransactionClient, claimId: string, userId: string, keep: string[]): Promise<void> {
  await tx.document.updateMany({
    where: { claimId, ownerUserId: userId, id: { notIn: keep } },
    data: { claimId: null, attachedAt: null },
  });
}

// ---------------------------------------------------------------------------------------------
// Draft

function draftTotal(values: ClaimDraftValues): number {
  let total = 0;
  for (const line of values.lines) {
    const parsed = parseAmount(line.amount, values.locale);
    if (parsed.ok) total += parsed.minor;
  }
  return Math.min(total, 2_000_000_000);
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
  const data = {
    personId: values.personId,
    policyId,
    currency: policy.currency,
    diagnosis: values.diagnosis.trim() || null,
    emergency: values.emergency,
    authorisationReference: values.authorisationReference.trim() || null,
    otherInsuranceDeclared: values.otherInsurance.declared,
    otherInsurerName: values.otherInsurance.insurerName.trim() || null,
    sygeforsikringDanmark: values.otherInsurance.sygeforsikringDanmark,
    claimedTotalMinor: draftTotal(values),
    draftData: values as unknown as Prisma.InputJsonValue,
  };

  const attempt = () =>
    db.$transaction(async (tx) => {
      // Which draft: the one named, else the one this form instance created (same key).
      const existing = values.draftId
        ? await tx.claim.findUnique({ where: { id: values.draftId }, select: { id: true, number: true, status: true, submittedById: true } })
        : await tx.claim.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, number: true, status: true, submittedById: true } });
      if (existing && !can(actor, "claim.edit", existing)) throw ClaimRefusal.field("_form", F("draftNotFound"));
      if (values.draftId && !existing) throw ClaimRefusal.field("_form", F("draftNotFound"));

      let claim: { id: string; number: string };
      if (existing) {
        const { count } = await tx.claim.updateMany({ where: { id: existing.id, status: "DRAFT", submittedById: user.userId }, data });
        if (count === 0) return { draftId: existing.id, number: existing.number, alreadySubmitted: true, savedAt: now.toISOString() };
        claim = existing;
      } else {
        claim = await tx.claim.create({
          data: {
            ...data,
            number: await nextNumber(tx, "D", Number(today.slice(0, 4))),
            status: "DRAFT",
            submittedById: user.userId,
            idempotencyKey: values.idempotencyKey,
          },
          select: { id: true, number: true },
        });
        await tx.claimEvent.create({ data: { claimId: claim.id, kind: "DRAFT_SAVED", actorUserId: user.userId } });
      }
      await detachOthers(tx, claim.id, user.userId, documents.map((d) => d.documentId));
      await attachDocuments(tx, { userId: user.userId, claimId: claim.id, personId: values.personId, documents });
      return { draftId: claim.id, number: claim.number, alreadySubmitted: false, savedAt: now.toISOString() };
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
// Submit

class AlreadySubmitted extends Error {
  constructor(readonly claimId: string) {
    super("already submitted");
  }
}

async function existingResult(db: Db, claimId: string): Promise<SubmitResult> {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, number: true } });
  return { claimId: claim.id, number: claim.number, created: false };
}

/** The default after-commit work: send the mail now, and queue the adjudication job. */
async function defaultAfterCommit(db: Db, claimId: string): Promise<void> {
  kickOutbox(db);
  try {
    await requestAdjudication(claimId);
  } catch (error) {
    // The claim is safely stored; the JOBS sweeper picks up SUBMITTED claims it never heard of.
    console.error("[claims] could not queue adjudication for", claimId, error);
  }
}

/**
 * Submits a claim: re-checks everything against facts it loads itself (never the browser's),
 * evaluates it with the rules engine for the `engineDecision` snapshot, and writes the claim,
 * its lines, document links, the RECEIVED event and the "claim received" mail in ONE transaction.
 * Idempotent by `values.idempotencyKey` (and by draft). Throws ClaimRefusal on refusal, with the
 * draft untouched.
 */
export async function submitClaim(db: Db, user: CurrentUser, values: ClaimFormValues, options: SubmitOptions = {}): Promise<SubmitResult> {
  try {
    return await submitOnce(db, user, values, options);
  } catch (error) {
    // Lost the race for this key to an autosave of the same form that created its draft just
    // now: go again, and this time submit that draft.
    if (error instanceof RetryWithDraft) return submitOnce(db, user, values, options);
    throw error;
  }
}

class RetryWithDraft extends Error {}

async function submitOnce(db: Db, user: CurrentUser, values: ClaimFormValues, options: SubmitOptions): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const today = copenhagenDay(now);
  const afterCommit = options.afterCommit ?? ((claimId: string) => defaultAfterCommit(db, claimId));

  // Already submitted with this key (double click, second tab, retried request)?
  const [actor, byKey] = await Promise.all([
    loadActor(db, user),
    db.claim.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, status: true, submittedById: true } }),
  ]);
  if (byKey && !can(actor, "claim.edit", byKey)) throw ClaimRefusal.field("_form", F("submitFailed"));
  if (byKey && byKey.status !== "DRAFT") return existingResult(db, byKey.id);
  // An autosave of this very form may have created the draft before the browser learned its id.
  const draftId = values.draftId ?? byKey?.id;

  if (draftId) {
    const draft = await db.claim.findUnique({ where: { id: draftId }, select: { status: true, submittedById: true } });
    if (!draft || !can(actor, "claim.edit", draft)) throw ClaimRefusal.field("_form", F("draftNotFound"));
    // The same draft submitted from another tab: that claim is the answer.
    if (draft.status !== "DRAFT") return existingResult(db, draftId);
  }

  const policyId = await authorisePerson(db, actor, values.personId, today);
  const facts = await loadClaimFacts(db, { policyId, personId: values.personId, excludeClaimId: draftId });

  const issues = planIssues(values, facts.plan);
  if (issues.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.messageKey);
    throw new ClaimRefusal(fieldErrors);
  }

  let authorisationId: string | null = null;
  if (values.authorisationReference) {
    const reference = values.authorisationReference.trim().toUpperCase();
    const authorisation = await db.authorisation.findFirst({
      where: { reference, personId: values.personId, status: { in: ["APPROVED", "PARTLY_APPROVED"] } },
      select: { id: true },
    });
    if (!authorisation) throw ClaimRefusal.field("authorisationReference", F("authorisationUnknown"));
    authorisationId = authorisation.id;
  }

  const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { insurerId: true } });
  const providerIds = [...new Set(values.lines.flatMap((l) => (l.providerId ? [l.providerId] : [])))];
  const providers = providerIds.length
    ? await db.provider.findMany({ where: { id: { in: providerIds }, insurerId: policy.insurerId }, select: { id: true, inNetwork: true } })
    : [];
  values.lines.forEach((line, index) => {
    if (line.providerId && !providers.some((p) => p.id === line.providerId)) throw ClaimRefusal.field(`lines.${index}.providerId`, F("providerUnknown"));
  });
  const providerInNetwork = Object.fromEntries(providers.map((p) => [p.id, p.inNetwork]));

  const claimCase = claimCaseSchema.safeParse(buildClaimCase(facts, values, today, { claimId: draftId ?? values.idempotencyKey, providerInNetwork }));
  if (!claimCase.success) {
    // The form schema should have caught this; refuse rather than store a claim the engine cannot read.
    console.error("[claims] case not valid for the engine:", claimCase.error.issues.slice(0, 5));
    throw ClaimRefusal.field("_form", F("submitFailed"));
  }
  const decision: ClaimDecision = evaluateClaim(claimCase.data);
  const dueDate = addWorkingDays(today, DECISION_TARGET_WORKING_DAYS);
  const claimedTotal = values.lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const mailTo = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true, locale: true, displayName: true } });

  let result: SubmitResult;
  try {
    result = await db.$transaction(
      async (tx) => {
        const number = await nextNumber(tx, "C", Number(today.slice(0, 4)));
        const data = {
          number,
          policyId,
          personId: values.personId,
          status: "SUBMITTED" as const,
          idempotencyKey: values.idempotencyKey,
          currency: facts.plan.currency,
          diagnosis: values.diagnosis,
          emergency: values.emergency,
          authorisationReference: values.authorisationReference?.trim().toUpperCase() ?? null,
          authorisationId,
          otherInsuranceDeclared: values.otherInsurance.declared,
          otherInsurerName: values.otherInsurance.declared ? (values.otherInsurance.insurerName ?? null) : null,
          sygeforsikringDanmark: values.otherInsurance.sygeforsikringDanmark,
          claimedTotalMinor: claimedTotal,
          payableTotalMinor: null,
          // The submitted form as parsed: what the member claimed, exactly.
          draftData: values as unknown as Prisma.InputJsonValue,
          engineDecision: decision as unknown as Prisma.InputJsonValue,
          submittedAt: now,
          // Late on the target day in Copenhagen (21:59:59Z is 22:59 in winter, 23:59 in summer).
          dueAt: new Date(`${dueDate}T21:59:59.000Z`),
        };

        let claimId: string;
        if (draftId) {
          // Conditional: of two racing submits of one draft, only one turns it into a claim.
          const { count } = await tx.claim.updateMany({ where: { id: draftId, status: "DRAFT", submittedById: user.userId }, data });
          if (count === 0) throw new AlreadySubmitted(draftId);
          await tx.claimLine.deleteMany({ where: { claimId: draftId } });
          claimId = draftId;
        } else {
          claimId = (await tx.claim.create({ data: { ...data, submittedById: user.userId }, select: { id: true } })).id;
        }

        const lines = await tx.claimLine.createManyAndReturn({
          data: values.lines.map((line, index) => ({
            claimId,
            lineNo: index + 1,
            treatmentDate: new Date(`${line.treatmentDate}T00:00:00.000Z`),
            category: line.category,
            setting: SETTING[line.setting],
            providerId: line.providerId ?? null,
            providerName: line.providerName,
            country: line.country,
            amountMinor: line.amountMinor,
            currency: line.currency,
            quantity: 1,
            referralPresent: line.referralPresent,
            prescriptionPresent: line.prescriptionPresent,
            receiptPresent: line.receiptPresent,
          })),
          select: { id: true, lineNo: true },
        });
        const lineIdAt = (index: number) => {
          const line = lines.find((l) => l.lineNo === index + 1);
          if (!line) throw ClaimRefusal.field("documents", F("documentLinesRequired"));
          return line.id;
        };

        await detachOthers(tx, claimId, user.userId, values.documents.map((d) => d.documentId));
        await attachDocuments(tx, {
          userId: user.userId,
          claimId,
          personId: values.personId,
          documents: values.documents.map((d) => ({ documentId: d.documentId, kind: d.kind, claimLineIds: d.lineIndexes.map(lineIdAt) })),
        });

        await tx.claimEvent.create({ data: { claimId, kind: "RECEIVED", actorUserId: user.userId, data: { number, dueDate } } });
        await enqueueEmail(
          tx,
          claimReceivedMail({
            to: mailTo.email,
            name: mailTo.displayName,
            claimNumber: number,
            claimId,
            dueDate,
            locale: toLocale(mailTo.locale),
            appUrl: env().APP_URL,
          }),
        );
        return { claimId, number, created: true };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error instanceof AlreadySubmitted) return existingResult(db, error.claimId);
    if (error instanceof DocumentAttachError) throw attachRefusal(error);
    if (isUniqueViolation(error)) {
      // A concurrent submit with the same key won the insert; its claim is this submit's answer.
      const winner = await db.claim.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, status: true, submittedById: true } });
      if (winner && winner.submittedById === user.userId) {
        if (winner.status === "DRAFT") throw new RetryWithDraft();
        return existingResult(db, winner.id);
      }
    }
    throw error;
  }

  await afterCommit(result.claimId);
  return result;
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

const iso = (date: Date) => date.toISOString().slice(0, 10);
const SETTING_CODE = { OUT_PATIENT: "out_patient", DAY_PATIENT: "day_patient", IN_PATIENT: "in_patient" } as const;

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
  const base: ClaimDraftValues = stored.success
    ? stored.data
    : {
        draftId: undefined,
        idempotencyKey: claim.idempotencyKey ?? crypto.randomUUID(),
        locale,
        personId: claim.personId,
        lines: claim.lines.map((line) => ({
          treatmentDate: iso(line.treatmentDate),
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
