import "server-only";
import { can, type Actor } from "../access/can";
import type { Db } from "../db/client";
import { copenhagenIso, isoDay } from "./dates";
import type { ExportAuthorisation, ExportClaim, ExportMessage } from "./types";

const iso = (date: Date | null) => (date ? copenhagenIso(date) : null);
const day = (date: Date | null) => (date ? isoDay(date) : null);
const messagesOf = (rows: { fromHandler: boolean; body: string; createdAt: Date }[]): ExportMessage[] =>
  rows.map((m) => ({ from: m.fromHandler ? "handler" : "member", body: m.body, at: copenhagenIso(m.createdAt) }));
const byTime = { orderBy: { createdAt: "asc" as const } };

/** The claims of these persons the actor may read (`claim.read`: FAM-7, drafts only their writer's), with lines, events, settlement and messages. */
export async function loadClaims(db: Db, actor: Actor, personIds: string[]): Promise<ExportClaim[]> {
  const rows = await db.claim.findMany({
    where: { personId: { in: personIds } },
    orderBy: { createdAt: "asc" },
    include: { lines: { orderBy: { lineNo: "asc" } }, events: { ...byTime, select: { kind: true, createdAt: true } }, settlementNote: true, messages: byTime },
  });
  return rows
    .filter((c) => can(actor, "claim.read", { personId: c.personId, status: c.status, submittedById: c.submittedById }))
    .map((c) => ({
      id: c.id,
      number: c.number,
      personId: c.personId,
      policyId: c.policyId,
      status: c.status,
      currency: c.currency,
      diagnosis: c.diagnosis,
      reason: c.reason,
      emergency: c.emergency,
      claimedTotalMinor: c.claimedTotalMinor,
      payableTotalMinor: c.payableTotalMinor,
      createdAt: copenhagenIso(c.createdAt),
      submittedAt: iso(c.submittedAt),
      decidedAt: iso(c.decidedAt),
      paidAt: iso(c.paidAt),
      lines: c.lines.map((l) => ({
        lineNo: l.lineNo,
        treatmentDate: isoDay(l.treatmentDate),
        category: l.category,
        setting: l.setting,
        providerName: l.providerName,
        country: l.country,
        quantity: l.quantity,
        amountMinor: l.amountMinor,
        outcome: l.outcome,
        eligibleMinor: l.eligibleMinor,
        payableMinor: l.payableMinor,
        memberShareMinor: l.memberShareMinor,
        adjustmentReason: l.adjustmentReason,
      })),
      events: c.events.map((e) => ({ kind: e.kind, at: copenhagenIso(e.createdAt) })),
      settlement: c.settlementNote && {
        number: c.settlementNote.number,
        claimedTotalMinor: c.settlementNote.claimedTotalMinor,
        payableTotalMinor: c.settlementNote.payableTotalMinor,
        memberShareMinor: c.settlementNote.memberShareMinor,
        paymentDate: day(c.settlementNote.paymentDate),
        issuedAt: copenhagenIso(c.settlementNote.issuedAt),
      },
      messages: messagesOf(c.messages),
    }));
}

/** The pre-authorisations and guarantees of these persons the actor may read (`authorisation.read`). */
export async function loadAuthorisations(db: Db, actor: Actor, personIds: string[]): Promise<(ExportAuthorisation & { letterDocumentId: string | null })[]> {
  const rows = await db.authorisation.findMany({
    where: { personId: { in: personIds } },
    orderBy: { createdAt: "asc" },
    include: { events: { ...byTime, select: { kind: true, createdAt: true } }, invoices: byTime, messages: byTime },
  });
  return rows
    .filter((a) => can(actor, "authorisation.read", { personId: a.personId, status: a.status, requestedById: a.requestedById }))
    .map((a) => ({
      id: a.id,
      reference: a.reference,
      kind: a.kind,
      personId: a.personId,
      policyId: a.policyId,
      status: a.status,
      category: a.category,
      diagnosis: a.diagnosis,
      plannedTreatment: a.plannedTreatment,
      providerName: a.providerName,
      plannedDate: isoDay(a.plannedDate),
      currency: a.currency,
      estimatedCostMinor: a.estimatedCostMinor,
      approvedAmountMinor: a.approvedAmountMinor,
      validFrom: day(a.validFrom),
      validTo: day(a.validTo),
      createdAt: copenhagenIso(a.createdAt),
      events: a.events.map((e) => ({ kind: e.kind, at: copenhagenIso(e.createdAt) })),
      invoices: a.invoices.map((i) => ({
        number: i.number,
        invoiceNumber: i.invoiceNumber,
        invoiceDate: isoDay(i.invoiceDate),
        amountMinor: i.amountMinor,
        coveredMinor: i.coveredMinor,
        memberShareMinor: i.memberShareMinor,
        status: i.status,
      })),
      messages: messagesOf(a.messages),
      letterDocumentId: a.letterDocumentId,
    }));
}
