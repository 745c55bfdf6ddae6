import "server-only";
import type { Db } from "../db/client";
import type { Authorisation, Prisma } from "../db/generated/client";
import { loadClaimFacts } from "../cover/facts";
import type { DocumentStore } from "../documents/store";
import { assessRequest, type Assessment, type RequestFacts } from "./assess";
import { answerRequest } from "./decision";
import { SETTING_CODE } from "./member/request-writes";
import { hoursAfterStart } from "./status";

export type AutoDecision = { outcome: "approved"; reference: string } | { outcome: "review"; ruleIds: string[] } | { outcome: "skipped" };

const iso = (d: Date | null) => d?.toISOString().slice(0, 10);

/** The stored request as the engine reads it. */
function requestFactsOf(row: Authorisation): RequestFacts {
  return {
    category: row.category,
    setting: SETTING_CODE[row.setting],
    country: row.country,
    plannedDate: iso(row.plannedDate)!,
    estimatedCostMinor: row.estimatedCostMinor ?? undefined,
    sessions: row.sessionsRequested ?? undefined,
    periodFrom: iso(row.periodFrom),
    periodTo: iso(row.periodTo),
    supplyDays: row.supplyDays ?? undefined,
    emergency: row.emergency,
    notifiedAfterHours: row.treatmentStartedAt && row.submittedAt ? hoursAfterStart(row.treatmentStartedAt, row.submittedAt) : undefined,
  };
}

/**
 * The job's work (GOP-2): the engine re-assesses a SUBMITTED request against facts loaded now.
 * Rule-clear → approved with the engine's amounts, letter and mails (./decision.ts); otherwise
 * IN_REVIEW with the rule ids, for a handler within the 48 hours. Anything not SUBMITTED is left
 * alone, so a repeated job does nothing.
 */
export async function decideAutomatically(db: Db, authorisationId: string, now: Date = new Date(), store?: DocumentStore): Promise<AutoDecision> {
  const row = await db.authorisation.findUnique({ where: { id: authorisationId } });
  if (!row || row.status !== "SUBMITTED") return { outcome: "skipped" };
  const facts = await loadClaimFacts(db, { policyId: row.policyId, personId: row.personId });
  const assessment: Assessment = assessRequest(facts, requestFactsOf(row));
  if (assessment.outcome === "approve") {
    const p = assessment.proposal;
    const { reference } = await answerRequest(
      db,
      row.id,
      { outcome: "APPROVED", kind: p.kind, amountMinor: p.amountMinor ?? null, sessions: p.sessions ?? null, validFrom: p.validFrom, validTo: p.validTo, directBilling: p.directBilling, deductibleMinor: p.deductibleMinor, memberShareMinor: p.memberShareMinor, refusalRuleId: null, note: null, conditions: null },
      { actorUserId: null, fromStatuses: ["SUBMITTED"], now, store },
    );
    return { outcome: "approved", reference };
  }
  const ruleIds = [...new Set(assessment.reviewReasons.map((r) => r.ruleId))];
  await db.$transaction(async (tx) => {
    const { count } = await tx.authorisation.updateMany({
      where: { id: row.id, status: "SUBMITTED" },
      data: { status: "IN_REVIEW", reviewReason: ruleIds.join(", "), engineDecision: assessment as unknown as Prisma.InputJsonValue },
    });
    if (count === 1) await tx.authorisationEvent.create({ data: { authorisationId: row.id, kind: "IN_REVIEW", data: { ruleIds } } });
  });
  return { outcome: "review", ruleIds };
}

/** A request still SUBMITTED this long after submit lost its job: the sweep re-sends it. */
export const ORPHAN_AFTER_MS = 60_000;

export async function orphanedRequests(db: Db, now: Date = new Date()): Promise<string[]> {
  const rows = await db.authorisation.findMany({ where: { status: "SUBMITTED", submittedAt: { lt: new Date(now.getTime() - ORPHAN_AFTER_MS) } }, orderBy: { submittedAt: "asc" }, take: 500, select: { id: true } });
  return rows.map((r) => r.id);
}
