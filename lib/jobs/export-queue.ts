import "server-only";
import { getBoss } from "./boss";
import { PRODUCE_DATA_EXPORT_QUEUE } from "./queues";

export interface ProduceDataExportJob {
  exportId: string;
}

/**
 * Asks the background worker to build an export. Call AFTER the request is committed;
 * produceExport acts only on a PENDING export, so a duplicate job is harmless, and the hourly
 * sweep re-sends exports whose job was lost.
 */
export async function requestExportJob(exportId: string): Promise<void> {
  const boss = await getBoss();
  const data: ProduceDataExportJob = { exportId };
  await boss.send(PRODUCE_DATA_EXPORT_QUEUE, data, { singletonKey: exportId, retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 15 * 60 });
}
