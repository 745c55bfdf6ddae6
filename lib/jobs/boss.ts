import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import { ADJUDICATE_CLAIM_QUEUE, ADJUDICATION_EXPIRE_SECONDS, ADJUDICATION_RETRY, ALL_QUEUES } from "./queues";

/**
 * One pg-boss per process and per database, started lazily: a server action that only sends a
 * job and a test both get a ready boss on first use. Jobs are rows in the `pgboss` schema of the
 * app's own PostgreSQL, so they survive a restart.
 */
const g = globalThis as unknown as { portalBoss?: { url: string; ready: Promise<PgBoss> } };

async function startBoss(url: string): Promise<PgBoss> {
  const underTest = env().NODE_ENV === "test";
  const boss = new PgBoss({
    connectionString: url,
    max: underTest ? 2 : 4,
    application_name: "member-portal-jobs",
    // Tests send and work jobs but need no cron or maintenance timers of their own.
    ...(underTest ? { supervise: false, schedule: false } : {}),
  });
  boss.on("error", (error) => {
    // 57P01: the server is shutting down or the (test) database was dropped; pg reconnects or we are stopping.
    if ((error as { code?: string }).code === "57P01") console.warn("[jobs] pg-boss connection closed by the server");
    else console.error("[jobs] pg-boss error:", error);
  });
  await boss.start();
  // v10 needs a queue before send/work. "stately": at most one queued and one running job per
  // claim (singletonKey = claimId); adjudicateClaim is idempotent anyway.
  for (const name of ALL_QUEUES) {
    if (name === ADJUDICATE_CLAIM_QUEUE) await boss.createQueue(name, { name, policy: "stately", ...ADJUDICATION_RETRY, expireInSeconds: ADJUDICATION_EXPIRE_SECONDS });
    else await boss.createQueue(name, { name, policy: "standard" });
  }
  return boss;
}

/** The process's boss on DATABASE_URL (started on first call). */
export function getBoss(): Promise<PgBoss> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: pg-boss needs the app's database.");
  if (!g.portalBoss || g.portalBoss.url !== url) {
    const ready = startBoss(url);
    g.portalBoss = { url, ready };
    // A failed start must not stick: the next call tries again.
    ready.catch(() => {
      if (g.portalBoss?.ready === ready) g.portalBoss = undefined;
    });
  }
  return g.portalBoss.ready;
}

/** Graceful stop: lets running jobs finish (up to `timeoutMs`), then closes the pool. */
export async function stopBoss(timeoutMs = 20_000): Promise<void> {
  const current = g.portalBoss;
  if (!current) return;
  g.portalBoss = undefined;
  const boss = await current.ready.catch(() => undefined);
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
}
