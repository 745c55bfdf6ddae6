import "server-only";
import type { Db } from "../db/client";
import { requestAdjudication } from "./adjudication-queue";

/** A claim still SUBMITTED this long after submit lost its job (crash between commit and send). */
export const ORPHAN_AFTER_MS = 2 * 60_000;

/**
 * Re-enqueues SUBMITTED claims older than 2 minutes that have no decision. Safe to run any time:
 * adjudication decides only a SUBMITTED claim, and the queue keeps one waiting job per claim.
 * Returns the ids re-enqueued.
 */
export async function sweepSubmittedClaims(db: Db, now: Date = new Date(), enqueue: (claimId: string) => Promise<void> = requestAdjudication): Promise<string[]> {
  const orphans = await db.claim.findMany({
    where: { status: "SUBMITTED", submittedAt: { lt: new Date(now.getTime() - ORPHAN_AFTER_MS) } },
    orderBy: { submittedAt: "asc" },
    take: 500,
    select: { id: true },
  });
  for (const { id } of orphans) await enqueue(id);
  return orphans.map(({ id }) => id);
}
