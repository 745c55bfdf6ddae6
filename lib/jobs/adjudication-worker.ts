import "server-only";
import type PgBoss from "pg-boss";
import { adjudicateClaim, sendToManualReview } from "../claims/adjudicate";
import { db } from "../db/client";
import { ADJUDICATE_CLAIM_QUEUE, type AdjudicateClaimJob } from "./queues";

export type Adjudicate = (claimId: string) => Promise<unknown>;

/**
 * One adjudication job. A throw makes pg-boss retry it (retryLimit, backoff). On the last
 * attempt a failure hands the claim to a person instead, so a broken claim cannot loop for ever.
 */
export async function handleAdjudicationJob(job: PgBoss.JobWithMetadata<AdjudicateClaimJob>, adjudicate: Adjudicate): Promise<void> {
  try {
    await adjudicate(job.data.claimId);
  } catch (error) {
    if (job.retryCount >= job.retryLimit) {
      console.error(`[jobs] adjudication of claim ${job.data.claimId} failed for good; sent to manual review:`, error);
      await sendToManualReview(db(), job.data.claimId, error);
      return;
    }
    throw error;
  }
}

/** Registers the adjudication worker only (tests use this with a custom adjudicate function). */
export async function startAdjudicationWorker(boss: PgBoss, adjudicate: Adjudicate = (claimId) => adjudicateClaim(db(), claimId)): Promise<string> {
  return boss.work<AdjudicateClaimJob>(
    ADJUDICATE_CLAIM_QUEUE,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (job) await handleAdjudicationJob(job, adjudicate);
    },
  );
}

