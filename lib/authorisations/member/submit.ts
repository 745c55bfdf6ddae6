import "server-only";
import { loadActor, type LoadedActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { nextNumber } from "../../db/number-series";
import { loadClaimFacts } from "../../cover/facts";
import { env } from "../../env";
import { toLocale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";
import { requestAuthorisationDecision } from "../../jobs/authorisation-queue";
import { enqueueEmail, kickOutbox } from "../../mail/outbox";
import { Refusal } from "../../server/refusal";
import { assessRequest, type Assessment, type RequestFacts } from "../assess";
import { memberAuthorisationMail } from "../mail";
import { authorisationError as E, copenhagenLocalTime, type RequestFormValues } from "../request-schema";
import { answerDueAt, hoursAfterStart, instantOfCopenhagenLocal } from "../status";
import { attachOrRefuse, authoriseRequestPerson, isUniqueViolation, SETTING } from "./request-writes";

export interface SubmitRequestResult {
  authorisationId: string;
  reference: string;
  /** false: this form (key or draft) was already submitted; nothing new was written. */
  created: boolean;
}

export interface SubmitRequestOptions {
  now?: Date;
  /** After commit: queue the automatic decision and send the mail. Tests replace it. */
  afterCommit?: (authorisationId: string) => Promise<void>;
}

async function defaultAfterCommit(db: Db, authorisationId: string): Promise<void> {
  kickOutbox(db);
  try {
    await requestAuthorisationDecision(authorisationId);
  } catch (error) {
    // The request is stored; the sweep picks up SUBMITTED requests it never heard of.
    console.error("[authorisations] could not queue the decision for", authorisationId, error);
  }
}

async function existing(db: Db, id: string): Promise<SubmitRequestResult> {
  const row = await db.authorisation.findUniqueOrThrow({ where: { id }, select: { id: true, reference: true } });
  return { authorisationId: row.id, reference: row.reference, created: false };
}

/** The earlier submit of this form (by key or draft), or the draft this submit turns into the request. */
async function earlierSubmit(db: Db, actor: LoadedActor, values: RequestFormValues): Promise<{ result?: SubmitRequestResult; draftId?: string }> {
  const byKey = await db.authorisation.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, status: true, requestedById: true } });
  const row = byKey ?? (values.draftId ? await db.authorisation.findUnique({ where: { id: values.draftId }, select: { id: true, status: true, requestedById: true } }) : null);
  if (!row) return {};
  if (!can(actor, "authorisation.edit", row)) throw new Refusal(E("draftNotFound"));
  if (row.status !== "DRAFT") return { result: await existing(db, row.id) };
  return { draftId: row.id };
}

function requestFactsOf(values: RequestFormValues, now: Date): RequestFacts & { startedAt: Date | undefined } {
  const startedAt = values.emergency && values.treatmentStartedAt ? instantOfCopenhagenLocal(values.treatmentStartedAt, copenhagenLocalTime) : undefined;
  return {
    category: values.category,
    setting: values.setting,
    country: values.country,
    plannedDate: values.plannedDate,
    estimatedCostMinor: values.estimatedCostMinor,
    sessions: values.sessions,
    periodFrom: values.periodFrom,
    periodTo: values.periodTo,
    supplyDays: values.supplyDays,
    emergency: values.emergency,
    notifiedAfterHours: startedAt ? hoursAfterStart(startedAt, now) : undefined,
    startedAt,
  };
}

/**
 * Submits a request (GOP-1): re-checks the person (FAM-7 / ACC-3), the plan's category and the
 * provider against what the server loads itself, records the engine's assessment, and writes the
 * request (PA or GOP number, answer due in 48 hours), its documents, the RECEIVED (and, PA-3,
 * EMERGENCY_NOTIFIED) events and the "received" mail in ONE transaction. Idempotent by the form's
 * key and by draft. After commit the automatic decision is queued.
 */
export async function submitRequest(db: Db, user: CurrentUser, values: RequestFormValues, options: SubmitRequestOptions = {}): Promise<SubmitRequestResult> {
  const now = options.now ?? new Date();
  const today = copenhagenDay(now);
  const actor = await loadActor(db, user);
  const earlier = await earlierSubmit(db, actor, values);
  if (earlier.result) return earlier.result;

  const policyId = await authoriseRequestPerson(db, actor, values.personId, today);
  const facts = await loadClaimFacts(db, { policyId, personId: values.personId });
  if (!facts.plan.benefitCategories.some((c) => c.code === values.category)) throw new Refusal(E("categoryUnknown"), "category");
  const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { insurerId: true } });
  if (values.providerId && !(await db.provider.findFirst({ where: { id: values.providerId, insurerId: policy.insurerId }, select: { id: true } }))) {
    throw new Refusal(E("providerUnknown"), "providerName");
  }
  const request = requestFactsOf(values, now);
  const assessment = assessRequest(facts, request);

  let result: SubmitRequestResult;
  try {
    result = await writeRequest(db, user, { values, now, today, policyId, currency: facts.plan.currency, draftId: earlier.draftId, request, assessment });
  } catch (error) {
    if (isUniqueViolation(error)) {
      // A concurrent submit of the same form won: its request is this submit's answer.
      const winner = await db.authorisation.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, status: true, requestedById: true } });
      if (winner && winner.requestedById === user.userId && winner.status !== "DRAFT") return existing(db, winner.id);
    }
    throw error;
  }
  await (options.afterCommit ?? ((id: string) => defaultAfterCommit(db, id)))(result.authorisationId);
  return result;
}

interface Submission {
  values: RequestFormValues;
  now: Date;
  today: string;
  policyId: string;
  currency: string;
  draftId: string | undefined;
  request: ReturnType<typeof requestFactsOf>;
  assessment: Assessment;
}

function columns(s: Submission, reference: string, dueAt: Date) {
  const { values, request, assessment } = s;
  const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
  return {
    reference,
    kind: assessment.proposal.kind,
    policyId: s.policyId,
    personId: values.personId,
    status: "SUBMITTED" as const,
    category: values.category,
    setting: SETTING[values.setting],
    country: values.country,
    diagnosis: values.diagnosis,
    plannedTreatment: values.plannedTreatment,
    providerId: values.providerId ?? null,
    providerName: values.providerName,
    plannedDate: day(request.plannedDate)!,
    estimatedCostMinor: values.estimatedCostMinor ?? null,
    currency: s.currency,
    sessionsRequested: values.sessions ?? null,
    periodFrom: day(values.periodFrom),
    periodTo: day(values.periodTo),
    supplyDays: values.supplyDays ?? null,
    emergency: values.emergency,
    treatmentStartedAt: request.startedAt ?? null,
    idempotencyKey: values.idempotencyKey,
    submittedAt: s.now,
    dueAt,
    draftData: values as unknown as Prisma.InputJsonValue,
    engineDecision: assessment as unknown as Prisma.InputJsonValue,
    reviewReason: assessment.reviewReasons.map((r) => r.ruleId).join(", ") || null,
  };
}

async function writeRequest(db: Db, user: CurrentUser, s: Submission): Promise<SubmitRequestResult> {
  const dueAt = answerDueAt(s.now);
  const mailTo = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { email: true, locale: true, displayName: true } });
  return db.$transaction(
    async (tx) => {
      const reference = await nextNumber(tx, s.assessment.proposal.kind === "GUARANTEE_OF_PAYMENT" ? "GOP" : "PA", Number(s.today.slice(0, 4)));
      const data = columns(s, reference, dueAt);
      let id: string;
      if (s.draftId) {
        // Conditional: of two racing submits of one draft, only one turns it into the request.
        const { count } = await tx.authorisation.updateMany({ where: { id: s.draftId, status: "DRAFT", requestedById: user.userId }, data });
        if (count === 0) throw new Refusal(E("alreadySubmitted"));
        id = s.draftId;
      } else {
        id = (await tx.authorisation.create({ data: { ...data, requestedById: user.userId }, select: { id: true } })).id;
      }
      await attachOrRefuse(tx, { userId: user.userId, authorisationId: id, personId: s.values.personId, documents: s.values.documents, replace: true });
      await tx.authorisationEvent.create({ data: { authorisationId: id, kind: "RECEIVED", actorUserId: user.userId, data: { reference, dueAt: dueAt.toISOString() } } });
      if (s.values.emergency && s.request.notifiedAfterHours !== undefined) {
        const late = s.request.notifiedAfterHours > 48;
        await tx.authorisationEvent.create({ data: { authorisationId: id, kind: "EMERGENCY_NOTIFIED", actorUserId: user.userId, data: { hoursAfterStart: Math.round(s.request.notifiedAfterHours), late } } });
      }
      await enqueueEmail(tx, memberAuthorisationMail("received", { to: mailTo.email, name: mailTo.displayName, locale: toLocale(mailTo.locale), reference, authorisationId: id, appUrl: env().APP_URL, dueAt }));
      return { authorisationId: id, reference, created: true };
    },
    { timeout: 20_000 },
  );
}
