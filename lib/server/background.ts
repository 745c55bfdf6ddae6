import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { dispatchPendingEmails } from "../mail/outbox";

const OUTBOX_INTERVAL_MS = 5_000;
let started = false;

/**
 * Background work of the Next server process (called once from instrumentation.ts):
 * - the outbox loop: retries mail the request path could not send at once;
 * - pg-boss workers (lib/jobs/workers.ts): claim adjudication, the orphan sweeper, upload cleanup.
 * On SIGTERM/SIGINT pg-boss stops gracefully: running jobs finish, queued jobs stay in PostgreSQL
 * for the next start.
 */
export function startBackgroundWork(): void {
  // One process of the web tier runs it (lib/cli/web-cluster.ts sets BACKGROUND_WORK for the others to off).
  if (started || !env().DATABASE_URL || env().BACKGROUND_WORK === "off") return;
  started = true;
  const timer = setInterval(() => {
    dispatchPendingEmails(db()).catch((error) => console.error("[mail] periodic dispatch failed:", error));
  }, OUTBOX_INTERVAL_MS);
  timer.unref();

  void import("../jobs/workers")
    .then(({ startJobWorkers }) => startJobWorkers())
    .then(() => console.log("[jobs] workers started: adjudicate-claim, sweep-submitted-claims, cleanup-unattached-documents"))
    .catch((error) => console.error("[jobs] could not start the workers:", error));

  const stop = (signal: NodeJS.Signals) => {
    void import("../jobs/boss")
      .then(({ stopBoss }) => stopBoss())
      .catch((error) => console.error(`[jobs] stop on ${signal} failed:`, error));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
