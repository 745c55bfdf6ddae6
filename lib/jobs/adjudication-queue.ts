import "server-only";
import { getBoss } from "./boss";
import { ADJUDICATE_CLAIM_QUEUE, ADJUDICATION_EXPIRE_SECONDS, ADJUDICATION_RETRY, type AdjudicateClaimJob } from "./queues";

/**
 * Asks the background worker to adjudicate a submitted claim. Call AFTER the submit transaction
 * commits. singletonKey = claimId: with the queue's "stately" policy a second request while one
 * is waiting is dropped; adjudicateClaim decides only a SUBMITTED claim, so a duplicate is harmless.
 * If this send is lost (crash between commit and send), the sweeper re-enqueues the claim.
 */
export async function requestAdjudication(claimId: string): Promise<void> {
  const boss = await getBoss();
  const data: AdjudicateClaimJob = { claimId };
  await boss.send(ADJUDICATE_CLAIM_QUEUE, data, { singletonKey: claimId, ...ADJUDICATION_RETRY, expireInSeconds: ADJUDICATION_EXPIRE_SECONDS });
}
