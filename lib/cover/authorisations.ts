import "server-only";
import type { Db } from "../db/client";
import type { Guarantee, PreAuthorisation } from "../rules";
import type { ClaimFacts } from "./facts.types";
import { isoDay } from "../db/date-column";

const isoOrUndefined = (date: Date | null | undefined) => (date ? isoDay(date) : undefined);

type ApprovedAuthorisations = Pick<ClaimFacts, "preAuthorisations" | "guarantees" | "authorisationReferences">;

/**
 * A person's approved pre-authorisations (PA-5) and guarantees of payment (GOP-3) on a policy,
 * oldest first, as the engine reads them, plus the references the member may type in the claim form.
 * A guarantee counts with what is left of it after the provider invoices settled against it
 * (lib/authorisations/settle.ts), so a claim for the same treatment cannot be paid twice.
 */
export async function loadApprovedAuthorisations(db: Pick<Db, "authorisation">, personId: string, policyId: string): Promise<ApprovedAuthorisations> {
  const authorisations = await db.authorisation.findMany({
    where: { personId, policyId, status: { in: ["APPROVED", "PARTLY_APPROVED"] } },
    orderBy: { createdAt: "asc" },
    select: {
      reference: true,
      kind: true,
      category: true,
      diagnosis: true,
      providerName: true,
      plannedDate: true,
      approvedAmountMinor: true,
      currency: true,
      sessionsApproved: true,
      validFrom: true,
      validTo: true,
      respondedAt: true,
      createdAt: true,
      // GOP-3: what provider invoices already took of the guarantee.
      invoices: { select: { coveredMinor: true } },
    },
  });

  const preAuthorisations: PreAuthorisation[] = [];
  const guarantees: Guarantee[] = [];
  for (const a of authorisations) {
    const approvedOn = isoDay(a.respondedAt ?? a.createdAt);
    const validFrom = isoOrUndefined(a.validFrom) ?? isoDay(a.plannedDate);
    if (a.kind === "PRE_AUTHORISATION") {
      preAuthorisations.push({
        id: a.reference,
        categoryCode: a.category,
        approvedOn,
        validFrom,
        validTo: isoOrUndefined(a.validTo),
        sessions: a.sessionsApproved ?? undefined,
        diagnosis: a.diagnosis.trim() || undefined,
      });
    } else if (a.approvedAmountMinor !== null) {
      guarantees.push({
        id: a.reference,
        categoryCode: a.category,
        amountMinor: Math.max(0, a.approvedAmountMinor - a.invoices.reduce((sum, invoice) => sum + invoice.coveredMinor, 0)),
        currency: a.currency,
        issuedOn: approvedOn,
        validFrom,
        validTo: isoOrUndefined(a.validTo),
        provider: a.providerName.trim() || undefined,
        diagnosis: a.diagnosis.trim() || undefined,
      });
    }
  }
  return { preAuthorisations, guarantees, authorisationReferences: authorisations.map((a) => ({ reference: a.reference, kind: a.kind, category: a.category })) };
}
