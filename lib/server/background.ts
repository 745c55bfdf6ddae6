import { db } from "../db/client";
import { dispatchPendingEmails } from "../mail/outbox";

const OUTBOX_INTERVAL_MS = 5_000;
let started = false;

/** Retries mail the request path could not send at once (SMTP down, process restarted). */
export function startBackgroundWork(): void {
  if (started || !process.env.DATABASE_URL) return;
  started = true;
  const timer = setInterval(() => {
    dispatchPendingEmails(db()).catch((error) => console.error("[mail] periodic dispatch failed:", error));
  }, OUTBOX_INTERVAL_MS);
  timer.unref();
}
