import "server-only";
import type PgBoss from "pg-boss";
import { db } from "../db/client";
import { stalePendingExports } from "../export/exports";
import { failAbandonedExports, produceExport, purgeExpiredExports } from "../export/produce";
import { kickOutbox } from "../mail/outbox";
import { requestExportJob, type ProduceDataExportJob } from "./export-queue";
import { PRODUCE_DATA_EXPORT_QUEUE, PURGE_EXPIRED_EXPORTS_QUEUE } from "./queues";

const STALE_AFTER_MS = 5 * 60_000;

/**
 * Issue 13 point 8: builds requested exports one at a time (a ZIP of a member with many documents
 * is I/O, not worth running several at once on two cores); hourly, deletes the files of expired
 * exports, re-sends exports left PENDING (a crash between the request's commit and its send) and
 * marks FAILED those still PENDING after a day (the job failed every retry).
 */
export async function startExportWorkers(boss: PgBoss): Promise<void> {
  await boss.work<ProduceDataExportJob>(PRODUCE_DATA_EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const outcome = await produceExport(db(), job.data.exportId);
    if (outcome === "ready") kickOutbox(db());
  });
  await boss.work(PURGE_EXPIRED_EXPORTS_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    const purged = await purgeExpiredExports(db());
    if (purged) console.log(`[jobs] deleted the files of ${purged} expired data export(s)`);
    const abandoned = await failAbandonedExports(db());
    if (abandoned) console.log(`[jobs] ${abandoned} data export(s) failed: not produced within a day`);
    for (const id of await stalePendingExports(db(), new Date(Date.now() - STALE_AFTER_MS))) await requestExportJob(id);
  });
  await boss.schedule(PURGE_EXPIRED_EXPORTS_QUEUE, "41 * * * *", {}, { tz: "Europe/Copenhagen" });
}
