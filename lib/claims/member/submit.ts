import "server-only";
import { loadActor, type LoadedActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { Claim, Prisma } from "../../db/generated/client";
import { nextNumber } from "../../db/number-series";
import { attachDocuments, DocumentAttachError } from "../../documents/attach";
import { env } from "../../env";
import { loadClaimFacts } from "../../cover/facts";
import type { ClaimFacts } from "../../cover/facts.types";
import { addWorkingDays, DECISION_TARGET_WORKING_DAYS } from "../../cover/working-days";
import { toLocale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";
import { requestAdjudication } from "../../jobs/adjudication-queue";
import { enqueueEmail, kickOutbox } from "../../mail/outbox";
import { claimCaseSchema, evaluateClaim, type ClaimDecision } from "../../rules";
import { claimReceivedMail } from "../mail/claim-received";
import { planIssues, type ClaimFormValues } from "./claim-form-schema";
import { attachRefusal, authorisePerson, ClaimRefusal, detachOthers, F, isUniqueViolation, SETTING } from "./claim-writes";
import { buildClaimCase } from "./estimate";

/** The idempotent submit (issue 4 "Submit"). Numbers and idempotency: ./claim-writes.ts. */

export interface SubmitResult {
  claimId: string;
  number: string;
  /** false: this key (or this draft) had already been submitted; nothing new was written. */
  created: boolean;
}

export interface SubmitOptions {
  now?: Date;
  /** After commit: send the mail and queue adjudication. Tests replace it. */
  afterCommit?: (claimId: string) => Promise<void>;
}

class AlreadySubmitted extends Error {
  constructor(readonly claimId: string) {
    super("already submitted");
  }
}

class RetryWithDraft extends Error {}

async function existingResult(db: Db, claimId: string): Promise<SubmitResult> {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, number: true } });
  return { claimId: claim.id, number: claim.number, created: false };
}

/**
 * The default after-commit work: send the mail now, and queue the adjudication job — without
 * making the member wait for it (issue 14 point 10). The first send in a web process starts
 * pg-boss (its schema check and queues: 300–400 ms measured), which the submit used to await.
 * The claim is safely stored either way; the JOBS sweeper picks up SUBMITTED claims it never heard of.
 */
async function defaultAfterCommit(db: Db, claimId: string): Promise<void> {
  kickOutbox(db);
  requestAdjudication(claimId).catch((error: unknown) => console.error("[claims] could not queue adjudication for", claimId, error));
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

/** A checked claim, ready to write. */
interface Submission {
  values: ClaimFormValues;
  userId: string;
  now: Date;
  today: string;
  draftId: string | undefined;
  policyId: string;
  facts: ClaimFacts;
  authorisationId: string | null;
  decision: ClaimDecision;
}

async function submitOnce(db: Db, user: CurrentUser, values: ClaimFormValues, options: SubmitOptions): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const today = copenhagenDay(now);
  const afterCommit = options.afterCommit ?? ((claimId: string) => defaultAfterCommit(db, claimId));

  const [actor, byKey] = await Promise.all([
    loadActor(db, user),
    db.claim.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, status: true, submittedById: true } }),
  ]);
  const earlier = await earlierSubmit(db, actor, values, byKey);
  if (earlier.result) return earlier.result;
  const submission = await checkSubmission(db, actor, values, { userId: user.userId, now, today, draftId: earlier.draftId });

  let result: SubmitResult;
  try {
    result = await writeSubmission(db, submission);
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

/**
 * Already submitted with this key (double click, second tab, retried request) or from this
 * draft: that claim is the answer. Otherwise the draft this submit turns into the claim, if any.
 */
async function earlierSubmit(
  db: Db,
  actor: LoadedActor,
  values: ClaimFormValues,
  byKey: Pick<Claim, "id" | "status" | "submittedById"> | null,
): Promise<{ result?: SubmitResult; draftId?: string }> {
  if (byKey && !can(actor, "claim.edit", byKey)) throw ClaimRefusal.field("_form", F("submitFailed"));
  if (byKey && byKey.status !== "DRAFT") return { result: await existingResult(db, byKey.id) };
  // An autosave of this very form may have created the draft before the browser learned its id.
  const draftId = values.draftId ?? byKey?.id;

  if (draftId) {
    const draft = await db.claim.findUnique({ where: { id: draftId }, select: { status: true, submittedById: true } });
    if (!draft || !can(actor, "claim.edit", draft)) throw ClaimRefusal.field("_form", F("draftNotFound"));
    // The same draft submitted from another tab: that claim is the answer.
    if (draft.status !== "DRAFT") return { result: await existingResult(db, draftId) };
  }
  return { draftId };
}

/** Re-checks the claim against what the server loads itself (person, plan, authorisation, providers) and evaluates it. */
async function checkSubmission(
  db: Db,
  actor: LoadedActor,
  values: ClaimFormValues,
  at: { userId: string; now: Date; today: string; draftId: string | undefined },
): Promise<Submission> {
  const policyId = await authorisePerson(db, actor, values.personId, at.today);
  const facts = await loadClaimFacts(db, { policyId, personId: values.personId, excludeClaimId: at.draftId });

  const issues = planIssues(values, facts.plan);
  if (issues.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.messageKey);
    throw new ClaimRefusal(fieldErrors);
  }

  const authorisationId = await authorisationIdOf(db, values);
  const providerInNetwork = await providerNetworkOf(db, policyId, values);
  const claimCase = claimCaseSchema.safeParse(buildClaimCase(facts, values, at.today, { claimId: at.draftId ?? values.idempotencyKey, providerInNetwork }));
  if (!claimCase.success) {
    // The form schema should have caught this; refuse rather than store a claim the engine cannot read.
    console.error("[claims] case not valid for the engine:", claimCase.error.issues.slice(0, 5));
    throw ClaimRefusal.field("_form", F("submitFailed"));
  }
  return { values, ...at, policyId, facts, authorisationId, decision: evaluateClaim(claimCase.data) };
}

/** The patient's approved pre-authorisation or guarantee the member named, if any. */
async function authorisationIdOf(db: Db, values: ClaimFormValues): Promise<string | null> {
  if (!values.authorisationReference) return null;
  const reference = values.authorisationReference.trim().toUpperCase();
  const authorisation = await db.authorisation.findFirst({
    where: { reference, personId: values.personId, status: { in: ["APPROVED", "PARTLY_APPROVED"] } },
    select: { id: true },
  });
  if (!authorisation) throw ClaimRefusal.field("authorisationReference", F("authorisationUnknown"));
  return authorisation.id;
}

/** Network status of the chosen providers; a provider of another insurer (or none) is refused. */
async function providerNetworkOf(db: Db, policyId: string, values: ClaimFormValues): Promise<Record<string, boolean>> {
  const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { insurerId: true } });
  const providerIds = [...new Set(values.lines.flatMap((l) => (l.providerId ? [l.providerId] : [])))];
  const providers = providerIds.length
    ? await db.provider.findMany({ where: { id: { in: providerIds }, insurerId: policy.insurerId }, select: { id: true, inNetwork: true } })
    : [];
  values.lines.forEach((line, index) => {
    if (line.providerId && !providers.some((p) => p.id === line.providerId)) throw ClaimRefusal.field(`lines.${index}.providerId`, F("providerUnknown"));
  });
  return Object.fromEntries(providers.map((p) => [p.id, p.inNetwork]));
}

/** In one transaction: the claim (SUBMITTED, C number), its lines, document links, the RECEIVED event and the mail. */
async function writeSubmission(db: Db, submission: Submission): Promise<SubmitResult> {
  const { values, userId, draftId } = submission;
  const dueDate = addWorkingDays(submission.today, DECISION_TARGET_WORKING_DAYS);
  const mailTo = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true, displayName: true } });
  return db.$transaction(
    async (tx) => {
      const number = await nextNumber(tx, "C", Number(submission.today.slice(0, 4)));
      const data = claimColumns(submission, number, dueDate);
      let claimId: string;
      if (draftId) {
        // Conditional: of two racing submits of one draft, only one turns it into a claim.
        const { count } = await tx.claim.updateMany({ where: { id: draftId, status: "DRAFT", submittedById: userId }, data });
        if (count === 0) throw new AlreadySubmitted(draftId);
        await tx.claimLine.deleteMany({ where: { claimId: draftId } });
        claimId = draftId;
      } else {
        claimId = (await tx.claim.create({ data: { ...data, submittedById: userId }, select: { id: true } })).id;
      }
      await writeLinesAndDocuments(tx, claimId, userId, values);
      await tx.claimEvent.create({ data: { claimId, kind: "RECEIVED", actorUserId: userId, data: { number, dueDate } } });
      await enqueueEmail(
        tx,
        claimReceivedMail({ to: mailTo.email, name: mailTo.displayName, claimNumber: number, claimId, dueDate, locale: toLocale(mailTo.locale), appUrl: env().APP_URL }),
      );
      return { claimId, number, created: true };
    },
    { timeout: 20_000 },
  );
}

function claimColumns({ values, now, policyId, facts, authorisationId, decision }: Submission, number: string, dueDate: string) {
  return {
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
    claimedTotalMinor: values.lines.reduce((sum, line) => sum + line.amountMinor, 0),
    payableTotalMinor: null,
    // The submitted form as parsed: what the member claimed, exactly.
    draftData: values as unknown as Prisma.InputJsonValue,
    engineDecision: decision as unknown as Prisma.InputJsonValue,
    submittedAt: now,
    // Late on the target day in Copenhagen (21:59:59Z is 22:59 in winter, 23:59 in summer).
    dueAt: new Date(`${dueDate}T21:59:59.000Z`),
  };
}

async function writeLinesAndDocuments(tx: Prisma.TransactionClient, claimId: string, userId: string, values: ClaimFormValues): Promise<void> {
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
  await detachOthers(tx, claimId, userId, values.documents.map((d) => d.documentId));
  await attachDocuments(tx, {
    userId,
    claimId,
    personId: values.personId,
    documents: values.documents.map((d) => ({ documentId: d.documentId, kind: d.kind, claimLineIds: d.lineIndexes.map(lineIdAt) })),
  });
}
