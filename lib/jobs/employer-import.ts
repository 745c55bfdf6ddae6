import "server-only";
import type PgBoss from "pg-boss";
import { db } from "../db/client";
import { applyImport } from "../employer/import";
import { copenhagenDay } from "../i18n/format";
import { getBoss } from "./boss";
import { APPLY_EMPLOYER_IMPORT_QUEUE } from "./queues";

export interface ApplyEmployerImportJob {
  importId: string;
}

/** After the confirm commits: apply the import in the background (the page shows its progress). */
export async function requestImportApply(importId: string): Promise<void> {
  const boss = await getBoss();
  const data: ApplyEmployerImportJob = { importId };
  // No retry: a failed import is FAILED with its reason and changed nothing (one transaction).
  await boss.send(APPLY_EMPLOYER_IMPORT_QUEUE, data, { singletonKey: importId, retryLimit: 0, expireInSeconds: 600 });
}

export async function startEmployerImportWorker(boss: PgBoss): Promise<string> {
  return boss.work<ApplyEmployerImportJob>(APPLY_EMPLOYER_IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const outcome = await applyImport(db(), job.data.importId, copenhagenDay());
    console.log(`[jobs] employer import ${job.data.importId}: ${outcome}`);
  });
}
