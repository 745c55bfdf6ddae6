import "server-only";
import { db } from "../db/client";
import { deleteUnattachedDocuments } from "../documents/cleanup";
import { getBoss } from "./boss";
import { runAgeEvents } from "./age-events";
import { copenhagenDay } from "../i18n/format";
import { startAdjudicationWorker } from "./adjudication-worker";
import { startAuthorisationWorker, sweepSubmittedRequests } from "./authorisation-worker";
import { startEmployerImportWorker } from "./employer-import";
import { startExportWorkers } from "./export-worker";
import { AGE_EVENTS_QUEUE, CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, SWEEP_SUBMITTED_CLAIMS_QUEUE } from "./queues";
import { sweepSubmittedClaims } from "./sweeper";

const UNATTACHED_DOCUMENT_TTL_MS = 24 * 60 * 60_000;

let started: Promise<void> | undefined;

/**
 * Starts every worker and schedule in this process (the Next server, via instrumentation.ts):
 * - "adjudicate-claim": adjudicateClaim per submitted claim;
 * - "decide-authorisation": decideAutomatically per submitted pre-authorisation / guarantee request (GOP-2);
 * - "sweep-submitted-claims": every minute + once now, re-enqueues orphaned SUBMITTED claims;
 * - "cleanup-unattached-documents": hourly, deletes uploads unattached for over 24 h.
 * - "age-events": daily at 06:05 + once now, age notices (60/30 days, on the day) and policy events.
 * - "produce-data-export", "purge-expired-exports": members' data exports (lib/jobs/export-worker.ts).
 * Schedules are rows too, so several server processes share one schedule.
 */
export function startJobWorkers(): Promise<void> {
  started ??= (async () => {
    const boss = await getBoss();
    await startAdjudicationWorker(boss);
    await startAuthorisationWorker(boss);
    await startEmployerImportWorker(boss);
    await startExportWorkers(boss);
    await boss.work(SWEEP_SUBMITTED_CLAIMS_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
      const ids = await sweepSubmittedClaims(db());
      if (ids.length) console.log(`[jobs] re-enqueued ${ids.length} orphaned submitted claim(s)`);
      const requests = await sweepSubmittedRequests();
      if (requests) console.log(`[jobs] re-enqueued ${requests} orphaned authorisation request(s)`);
    });
    await boss.work(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
      const deleted = await deleteUnattachedDocuments(db(), { olderThan: new Date(Date.now() - UNATTACHED_DOCUMENT_TTL_MS) });
      if (deleted) console.log(`[jobs] deleted ${deleted} unattached upload(s) older than 24 h`);
    });
    await boss.schedule(SWEEP_SUBMITTED_CLAIMS_QUEUE, "* * * * *", {}, { tz: "Europe/Copenhagen" });
    await boss.schedule(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, "17 * * * *", {}, { tz: "Europe/Copenhagen" });
    await boss.work(AGE_EVENTS_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
      const sent = await runAgeEvents(db(), copenhagenDay());
      if (sent) console.log(`[jobs] sent ${sent} age notice(s)`);
    });
    await boss.schedule(AGE_EVENTS_QUEUE, "5 6 * * *", {}, { tz: "Europe/Copenhagen" });
    await boss.send(AGE_EVENTS_QUEUE, {});
    // On start: catch up at once on what a stopped server left behind.
    await boss.send(SWEEP_SUBMITTED_CLAIMS_QUEUE, {});
    await boss.send(CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, {});
  })();
  started.catch(() => {
    started = undefined;
  });
  return started;
}
