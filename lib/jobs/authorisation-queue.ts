import "server-only";
import { getBoss } from "./boss";
import { ADJUDICATION_EXPIRE_SECONDS, ADJUDICATION_RETRY, DECIDE_AUTHORISATION_QUEUE, type DecideAuthorisationJob } from "./queues";

/**
 * Asks the background worker to decide a submitted request (GOP-2: within a minute). Call AFTER
 * the submit transaction commits; decideAutomatically acts only on a SUBMITTED request, so a
 * duplicate job is harmless, and the sweep re-sends requests whose job was lost.
 */
export async function requestAuthorisationDecision(authorisationId: string): Promise<void> {
  const boss = await getBoss();
  const data: DecideAuthorisationJob = { authorisationId };
  await boss.send(DECIDE_AUTHORISATION_QUEUE, data, { singletonKey: authorisationId, ...ADJUDICATION_RETRY, expireInSeconds: ADJUDICATION_EXPIRE_SECONDS });
}
