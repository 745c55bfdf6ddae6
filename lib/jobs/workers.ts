import "server-only";
import { db } from "../db/client";
import { deleteUnattachedDocuments } from "../documents/cleanup";
import { getBoss } from "./boss";
import { startAdjudicationWorker } from "./adjudication-worker";
import { CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, SWEEP_SUBMITTED_CLAIMS_QUEUE } from "./queues";
import { sweepSubmittedClaims } from "./sweeper";

const UNATTACHED_DOCUMENT_TTL_MS = 24 * 60 * 60_000;

let started: Promise<void> | undefined;

/**
 * Starts every worker and schedule in this process (the Next server, via instrumentation.ts):
 * - "adjudicate-claim": adjudicateClaim per submitted claim;
 * - "sweep-submitted-claims": every minute + once now, re-enqueues orphaned SUBMITTED claims;
 * - "cleanup-unattached-documents": hourly, deletes uploads unattached for over 24 h.
 * Schedules are rows too, so several server processes share one schedule.
 */
export function startJobWorkers(): Promise<void> {
  started ??= (async () => {
    const boss = await getBoss();
    await startAdjudicationWorker(boss);
    await boss.work(SWEEP_SUBMITTED_CLAIMS_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
      const ids = await sweepSubmittedClaims(db());
      if (ids.length) console.log(`[jobs] re-enqueued ${ids.length} orphaned submitted claim(s)`);
    });
    await boss.work(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
      const deleted = await deleteUnattachedDocuments(db(), { olderThan: new Date(Date.now() - UNATTACHED_DOCUMENT_TTL_MS) });
      if (deleted) console.log(`[jobs] deleted ${deleted} unattached upload(s) older than 24 h`);
    });
    await boss.schedule(SWEEP_SUBMITTED_CLAIMS_QUEUE, "* * * * *", {}, { tz: "Europe/Copenhagen" });
    await boss.schedule(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, "17 * * * *", {}, { tz: "Europe/Copenhagen" });
    // On start: catch up at once on what a stopped server left behind.
    await boss.send(SWEEP_SUBMITTED_CLAIMS_QUEUE, {});
    await boss.send(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, {});
  })();
  started.catch(() => {
    started = undefined;
  });
  return started;
}
