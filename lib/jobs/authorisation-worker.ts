import "server-only";
import type PgBoss from "pg-boss";
import { decideAutomatically, orphanedRequests } from "../authorisations/auto-decide";
import { db } from "../db/client";
import { kickOutbox } from "../mail/outbox";
import { requestAuthorisationDecision } from "./authorisation-queue";
import { DECIDE_AUTHORISATION_QUEUE, type DecideAuthorisationJob } from "./queues";

/**
 * The automatic decision on submitted requests (GOP-2). A throw makes pg-boss retry; a request the
 * job never decides stays SUBMITTED, is shown in the handler's queue by its 48-hour deadline, and is
 * re-sent by the sweep (every minute, with the claims sweep).
 */
export async function startAuthorisationWorker(boss: PgBoss, decide: (id: string) => Promise<unknown> = (id) => decideAutomatically(db(), id)): Promise<string> {
  return boss.work<DecideAuthorisationJob>(DECIDE_AUTHORISATION_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    await decide(job.data.authorisationId);
    kickOutbox(db());
  });
}

/** Re-sends requests whose job was lost (a crash between commit and send). */
export async function sweepSubmittedRequests(): Promise<number> {
  const ids = await orphanedRequests(db());
  for (const id of ids) await requestAuthorisationDecision(id);
  return ids.length;
}
