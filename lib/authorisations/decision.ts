import "server-only";
import crypto from "node:crypto";
import { Readable } from "node:stream";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { categoryLabels, planById } from "../cover/plan-lookup";
import { documentStore, type DocumentStore } from "../documents/store";
import { env } from "../env";
import { toLocale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";
import { enqueueEmail } from "../mail/outbox";
import { Refusal } from "../server/refusal";
import type { LetterFacts } from "./letter-content";
import { renderLetterPdf } from "./letter-pdf";
import { memberAuthorisationMail, providerGuaranteeMail } from "./mail";
import { authorisationError as E } from "./request-schema";
import { settleHeldInvoices } from "./top-up";

/**
 * What every answer to a request does (GOP-2), whether the engine gave it (auto-decision job) or a
 * handler: the new status with amounts, sessions, validity and direct billing; for an approval the
 * GOP letter (PDF, both languages) kept as a document of the request; the DECIDED / AUTO_DECIDED and
 * GOP_ISSUED events; the member's mail (no health details) and, for a guarantee, the provider's mail
 * to its configured address; open member tasks closed; a top-up's held invoices settled. One
 * transaction, guarded by a conditional status update, so a retry never answers twice.
 */

export interface Answer {
  outcome: "APPROVED" | "PARTLY_APPROVED" | "REJECTED";
  kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";
  amountMinor: number | null;
  sessions: number | null;
  validFrom: string;
  validTo: string;
  directBilling: boolean;
  deductibleMinor: number;
  memberShareMinor: number;
  refusalRuleId: string | null;
  note: string | null;
  conditions: string | null;
}

const requestSelect = {
  id: true,
  reference: true,
  status: true,
  category: true,
  diagnosis: true,
  plannedTreatment: true,
  providerName: true,
  estimatedCostMinor: true,
  currency: true,
  topUpOfId: true,
  requestedById: true,
  personId: true,
  provider: { select: { email: true } },
  person: { select: { firstName: true, lastName: true, birthDate: true } },
  requestedBy: { select: { email: true, locale: true, displayName: true } },
  policy: { select: { number: true, planId: true, insurer: { select: { name: true } } } },
} as const;

type RequestRow = Prisma.AuthorisationGetPayload<{ select: typeof requestSelect }>;

async function letterFactsOf(db: Db, row: RequestRow, answer: Answer, now: Date): Promise<LetterFacts> {
  const plan = await planById(db, row.policy.planId);
  return {
    reference: row.reference,
    kind: answer.kind,
    status: answer.outcome === "PARTLY_APPROVED" ? "PARTLY_APPROVED" : "APPROVED",
    issuedOn: copenhagenDay(now),
    insurerName: row.policy.insurer.name,
    memberName: row.requestedBy.displayName,
    policyNumber: row.policy.number,
    patientName: `${row.person.firstName} ${row.person.lastName}`,
    patientBirthDate: row.person.birthDate.toISOString().slice(0, 10),
    providerName: row.providerName,
    treatment: categoryLabels(plan, row.category),
    plannedTreatment: row.plannedTreatment,
    diagnosis: row.diagnosis,
    currency: row.currency,
    estimatedCostMinor: row.estimatedCostMinor,
    approvedAmountMinor: answer.amountMinor,
    sessionsApproved: answer.sessions,
    validFrom: answer.validFrom,
    validTo: answer.validTo,
    directBilling: answer.directBilling,
    deductibleMinor: answer.deductibleMinor,
    memberShareMinor: answer.memberShareMinor,
    conditions: answer.conditions,
  };
}

interface StoredLetter {
  storageKey: string;
  sizeBytes: number;
  sha256: string;
}

async function storeLetter(store: DocumentStore, bytes: Uint8Array): Promise<StoredLetter> {
  const storageKey = await store.putStream(Readable.from([Buffer.from(bytes)]));
  return { storageKey, sizeBytes: bytes.byteLength, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

export async function answerRequest(
  db: Db,
  authorisationId: string,
  answer: Answer,
  options: { actorUserId: string | null; fromStatuses: readonly string[]; now?: Date; store?: DocumentStore },
): Promise<{ reference: string }> {
  const now = options.now ?? new Date();
  const store = options.store ?? documentStore();
  const row = await db.authorisation.findUniqueOrThrow({ where: { id: authorisationId }, select: requestSelect });
  const approved = answer.outcome !== "REJECTED";
  const letter = approved ? await storeLetter(store, await renderLetterPdf(await letterFactsOf(db, row, answer, now))) : null;
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.authorisation.updateMany({
        where: { id: row.id, status: { in: options.fromStatuses as never } },
        data: {
          status: answer.outcome,
          kind: answer.kind,
          approvedAmountMinor: approved ? answer.amountMinor : null,
          sessionsApproved: approved ? answer.sessions : null,
          validFrom: approved ? new Date(`${answer.validFrom}T00:00:00.000Z`) : null,
          validTo: approved ? new Date(`${answer.validTo}T00:00:00.000Z`) : null,
          directBilling: approved && answer.directBilling,
          deductibleMinor: approved ? answer.deductibleMinor : null,
          memberShareMinor: approved ? answer.memberShareMinor : null,
          refusalRuleId: answer.refusalRuleId,
          decisionNote: answer.note,
          conditions: answer.conditions,
          respondedAt: now,
        },
      });
      if (count === 0) throw new Refusal(E("notOpen"));
      await tx.authorisationEvent.create({
        data: {
          authorisationId: row.id,
          kind: options.actorUserId === null ? "AUTO_DECIDED" : "DECIDED",
          actorUserId: options.actorUserId,
          data: { outcome: answer.outcome, amountMinor: answer.amountMinor, sessions: answer.sessions, validFrom: answer.validFrom, validTo: answer.validTo, ruleId: answer.refusalRuleId },
        },
      });
      await tx.memberTask.updateMany({ where: { authorisationId: row.id, status: "OPEN" }, data: { status: "CANCELLED", doneAt: now } });
      if (letter) await recordLetter(tx, row, letter, now);
      if (row.topUpOfId) await settleHeldInvoices(tx, row.id, approved ? (answer.amountMinor ?? 0) : 0);
      await enqueueEmail(tx, memberAuthorisationMail("decided", { to: row.requestedBy.email, name: row.requestedBy.displayName, locale: toLocale(row.requestedBy.locale), reference: row.reference, authorisationId: row.id, appUrl: env().APP_URL }));
      if (approved && answer.kind === "GUARANTEE_OF_PAYMENT" && row.provider?.email) {
        await enqueueEmail(
          tx,
          providerGuaranteeMail({
            to: row.provider.email,
            insurerName: row.policy.insurer.name,
            providerName: row.providerName,
            reference: row.reference,
            patientName: `${row.person.firstName} ${row.person.lastName}`,
            patientBirthDate: row.person.birthDate.toISOString().slice(0, 10),
            amountMinor: answer.amountMinor,
            currency: row.currency,
            sessions: answer.sessions,
            validFrom: answer.validFrom,
            validTo: answer.validTo,
            directBilling: answer.directBilling,
          }),
        );
      }
    });
  } catch (error) {
    // Nothing refers to the stored letter: remove it (the cleanup sweeps what this misses).
    if (letter) await store.delete(letter.storageKey).catch(() => undefined);
    throw error;
  }
  return { reference: row.reference };
}

async function recordLetter(tx: Prisma.TransactionClient, row: RequestRow, letter: StoredLetter, now: Date): Promise<void> {
  const doc = await tx.document.create({
    data: {
      storageKey: letter.storageKey,
      originalName: `${row.reference}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: letter.sizeBytes,
      sha256: letter.sha256,
      kind: "OTHER",
      ownerUserId: row.requestedById,
      personId: row.personId,
      authorisationId: row.id,
      attachedAt: now,
    },
    select: { id: true },
  });
  await tx.authorisation.update({ where: { id: row.id }, data: { letterDocumentId: doc.id } });
  await tx.authorisationEvent.create({ data: { authorisationId: row.id, kind: "GOP_ISSUED", data: { documentId: doc.id } } });
}
