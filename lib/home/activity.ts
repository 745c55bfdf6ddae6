import "server-only";
import { can, type Actor } from "../access/can";
import type { Db } from "../db/client";
import { buildTimeline, type ClaimStatusName, type NextStep } from "../claims/timeline";

/**
 * The member home's "what is going on": the latest claims of the people whose health data the
 * member may see, each with what happens next (CLM-5), and the member's open tasks (information
 * requested). One statement each; rows are checked with can() as loaded.
 */

export const LATEST_CLAIMS = 5;

export interface HomeClaim {
  id: string;
  number: string;
  status: ClaimStatusName;
  personId: string;
  currency: string;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  createdAt: string;
  next: NextStep;
  href: string;
}

export interface HomeTask {
  id: string;
  text: string;
  createdAt: string;
  claimNumber: string | null;
  href: string | null;
}

interface ClaimRow {
  id: string;
  number: string;
  status: ClaimStatusName;
  personId: string;
  submittedById: string;
  currency: string;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  createdAt: Date;
  submittedAt: Date | null;
  dueAt: Date | null;
  decidedAt: Date | null;
  paidAt: Date | null;
}

const instant = (date: Date | null) => (date ? date.toISOString() : null);

export async function loadLatestClaims(db: Db, actor: Actor, now: Date): Promise<HomeClaim[]> {
  const personIds = actor.healthDataSubjects.map((s) => s.personId);
  if (personIds.length === 0) return [];
  // The same visibility as the claims list: drafts only for whoever writes them.
  const rows = await db.$queryRaw<ClaimRow[]>`
    SELECT c.id, c.number, c.status::text AS status, c."personId", c."submittedById", c.currency, c."claimedTotalMinor",
           c."payableTotalMinor", c."createdAt", c."submittedAt", c."dueAt", c."decidedAt", c."paidAt"
    FROM "Claim" c
    WHERE c."personId" = ANY(${personIds}::uuid[]) AND (c.status <> 'DRAFT' OR c."submittedById" = ${actor.userId}::uuid)
    ORDER BY c."createdAt" DESC, c.id DESC
    LIMIT ${LATEST_CLAIMS}`;
  return rows
    .filter((row) => can(actor, "claim.read", row))
    .map((row) => {
      const ownDraft = row.status === "DRAFT";
      return {
        id: row.id,
        number: row.number,
        status: row.status,
        personId: row.personId,
        currency: row.currency,
        claimedTotalMinor: row.claimedTotalMinor,
        payableTotalMinor: row.payableTotalMinor,
        createdAt: row.createdAt.toISOString(),
        next: buildTimeline({
          status: row.status,
          events: [],
          submittedAt: instant(row.submittedAt),
          dueAt: instant(row.dueAt),
          decidedAt: instant(row.decidedAt),
          paidAt: instant(row.paidAt),
          payableTotalMinor: row.payableTotalMinor,
          now: now.toISOString(),
        }).next,
        href: ownDraft ? `/member/claims/${row.id}/edit` : `/member/claims/${row.id}`,
      };
    });
}

interface TaskRow {
  id: string;
  text: string;
  createdAt: Date;
  claimId: string | null;
  claimNumber: string | null;
  claimStatus: string | null;
  personId: string | null;
  submittedById: string | null;
}

/** The member's open tasks; a claim task only while the member may still see that claim. */
export async function loadOpenTasks(db: Db, actor: Actor): Promise<HomeTask[]> {
  const rows = await db.$queryRaw<TaskRow[]>`
    SELECT t.id, t.text, t."createdAt", t."claimId", c.number AS "claimNumber", c.status::text AS "claimStatus", c."personId", c."submittedById"
    FROM "MemberTask" t
    LEFT JOIN "Claim" c ON c.id = t."claimId"
    WHERE t."userId" = ${actor.userId}::uuid AND t.status = 'OPEN'
    ORDER BY t."createdAt" DESC
    LIMIT 20`;
  return rows
    .filter((row) => row.claimId === null || can(actor, "claim.read", { personId: row.personId!, status: row.claimStatus!, submittedById: row.submittedById! }))
    .map((row) => ({
      id: row.id,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
      claimNumber: row.claimNumber,
      href: row.claimId ? `/member/claims/${row.claimId}` : null,
    }));
}
