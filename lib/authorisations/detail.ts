import "server-only";
import { categoryLabels, planById } from "../cover/plan-lookup";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import type { Reason } from "../rules";
import type { Assessment } from "./assess";
import type { AuthorisationStatusName } from "./status";

/**
 * One request as both sides see it (plain JSON): the request, the answer, the timeline, documents,
 * invoices settled against it, messages and an open information request. Who may see it is decided
 * by the loaders (member/pages.ts, review/pages.ts) on the loaded record; they audit every read.
 */
export interface RequestDetail {
  id: string;
  reference: string;
  kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";
  status: AuthorisationStatusName;
  personId: string;
  requestedById: string;
  insurerId: string;
  patientName: string;
  requestedByName: string;
  treatment: Record<Locale, string>;
  category: string;
  setting: string;
  country: string;
  diagnosis: string;
  plannedTreatment: string;
  providerName: string;
  providerEmail: string | null;
  plannedDate: string;
  estimatedCostMinor: number | null;
  currency: string;
  sessionsRequested: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  emergency: boolean;
  treatmentStartedAt: string | null;
  submittedAt: string | null;
  dueAt: string | null;
  respondedAt: string | null;
  approvedAmountMinor: number | null;
  sessionsApproved: number | null;
  validFrom: string | null;
  validTo: string | null;
  directBilling: boolean;
  deductibleMinor: number | null;
  memberShareMinor: number | null;
  conditions: string | null;
  refusalRuleId: string | null;
  decisionNote: string | null;
  reviewRuleIds: string[];
  assessment: Pick<Assessment, "outcome" | "reviewReasons" | "proposal" | "explanation"> | null;
  letterDocumentId: string | null;
  topUpOf: { id: string; reference: string } | null;
  topUps: { id: string; reference: string; status: AuthorisationStatusName }[];
  events: { id: string; kind: string; at: string; actorName: string | null; data: Record<string, unknown> }[];
  documents: { id: string; name: string; kind: string; sizeBytes: number; mimeType: string; createdAt: string; isLetter: boolean }[];
  invoices: { id: string; number: string; invoiceNumber: string; invoiceDate: string; paidOn: string | null; amountMinor: number; coveredMinor: number; deductibleMinor: number; uncoveredMinor: number; memberShareMinor: number; aboveGuaranteeMinor: number; status: "SETTLED" | "TOP_UP_REQUESTED"; lines: Reason[] }[];
  messages: { id: string; body: string; fromHandler: boolean; at: string; authorName: string }[];
  openTask: { text: string; createdAt: string } | null;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const instant = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadRequestDetail(db: Db, id: string): Promise<RequestDetail | null> {
  const row = await db.authorisation.findUnique({
    where: { id },
    include: {
      person: { select: { firstName: true, lastName: true } },
      requestedBy: { select: { displayName: true } },
      provider: { select: { email: true } },
      policy: { select: { insurerId: true, planId: true } },
      topUpOf: { select: { id: true, reference: true } },
      topUps: { select: { id: true, reference: true, status: true }, orderBy: { createdAt: "asc" } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { displayName: true } } } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, kind: true, sizeBytes: true, mimeType: true, createdAt: true } },
      invoices: { orderBy: { createdAt: "asc" } },
      messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true } } } },
      tasks: { where: { status: "OPEN" }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!row) return null;
  const plan = await planById(db, row.policy.planId);
  const assessment = row.engineDecision as unknown as RequestDetail["assessment"];
  return {
    id: row.id, reference: row.reference, kind: row.kind, status: row.status, personId: row.personId, requestedById: row.requestedById, insurerId: row.policy.insurerId,
    patientName: `${row.person.firstName} ${row.person.lastName}`, requestedByName: row.requestedBy.displayName,
    treatment: categoryLabels(plan, row.category), category: row.category, setting: row.setting, country: row.country,
    diagnosis: row.diagnosis, plannedTreatment: row.plannedTreatment, providerName: row.providerName, providerEmail: row.provider?.email ?? null,
    plannedDate: day(row.plannedDate)!, estimatedCostMinor: row.estimatedCostMinor, currency: row.currency,
    sessionsRequested: row.sessionsRequested, periodFrom: day(row.periodFrom), periodTo: day(row.periodTo),
    emergency: row.emergency, treatmentStartedAt: instant(row.treatmentStartedAt), submittedAt: instant(row.submittedAt), dueAt: instant(row.dueAt), respondedAt: instant(row.respondedAt),
    approvedAmountMinor: row.approvedAmountMinor, sessionsApproved: row.sessionsApproved, validFrom: day(row.validFrom), validTo: day(row.validTo), directBilling: row.directBilling,
    deductibleMinor: row.deductibleMinor, memberShareMinor: row.memberShareMinor, conditions: row.conditions, refusalRuleId: row.refusalRuleId, decisionNote: row.decisionNote,
    reviewRuleIds: (row.reviewReason ?? "").split(",").map((r) => r.trim()).filter(Boolean),
    assessment: assessment && "proposal" in assessment ? { outcome: assessment.outcome, reviewReasons: assessment.reviewReasons, proposal: assessment.proposal, explanation: assessment.explanation } : null,
    letterDocumentId: row.letterDocumentId,
    topUpOf: row.topUpOf,
    topUps: row.topUps,
    events: row.events.map((e) => ({ id: e.id, kind: e.kind, at: e.createdAt.toISOString(), actorName: e.actor?.displayName ?? null, data: (e.data ?? {}) as Record<string, unknown> })),
    documents: row.documents.map((d) => ({ id: d.id, name: d.originalName, kind: d.kind, sizeBytes: d.sizeBytes, mimeType: d.mimeType, createdAt: d.createdAt.toISOString(), isLetter: d.id === row.letterDocumentId })),
    invoices: row.invoices.map((i) => ({
      id: i.id, number: i.number, invoiceNumber: i.invoiceNumber, invoiceDate: day(i.invoiceDate)!, paidOn: day(i.paidOn), amountMinor: i.amountMinor, coveredMinor: i.coveredMinor,
      deductibleMinor: i.deductibleMinor, uncoveredMinor: i.uncoveredMinor, memberShareMinor: i.memberShareMinor, aboveGuaranteeMinor: i.aboveGuaranteeMinor, status: i.status,
      lines: (i.content as unknown as { lines: Reason[] }).lines,
    })),
    messages: row.messages.map((m) => ({ id: m.id, body: m.body, fromHandler: m.fromHandler, at: m.createdAt.toISOString(), authorName: m.author.displayName })),
    openTask: row.tasks[0] ? { text: row.tasks[0].text, createdAt: row.tasks[0].createdAt.toISOString() } : null,
  };
}

/** The member's list: requests of the people whose health data they may see, newest first (drafts only their own). */
export interface RequestListItem {
  id: string;
  reference: string;
  kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";
  status: AuthorisationStatusName;
  patientName: string;
  personId: string;
  treatment: Record<Locale, string>;
  plannedDate: string;
  dueAt: string | null;
  emergency: boolean;
}
