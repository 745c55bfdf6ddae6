import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where a request's time goes, for the `Server-Timing` header (visible in the browser's dev
 * tools). The HTTP worker (lib/cli/next-worker.ts) opens a store per request; the database client,
 * the session check and the render add to it. Next.js bundles its own copy of lib/, so the store
 * lives on globalThis under a registered symbol: both copies see the same one.
 */
export type TimingMetric = "db" | "auth";

export interface RequestTimings {
  startedAt: number;
  totals: Record<TimingMetric, number>;
  counts: Record<TimingMetric, number>;
  /** Inside the session check its own query counts as auth, not db. */
  authDepth: number;
}

const KEY = Symbol.for("member-portal.server-timing");
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestTimings> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestTimings>());

export function withRequestTimings<T>(run: () => T): T {
  return storage.run({ startedAt: performance.now(), totals: { db: 0, auth: 0 }, counts: { db: 0, auth: 0 }, authDepth: 0 }, run);
}

/** Times `work` under `metric` when a request store is open; otherwise just runs it. */
export async function timed<T>(metric: TimingMetric, work: () => Promise<T>): Promise<T> {
  const timings = storage.getStore();
  if (!timings || (metric === "db" && timings.authDepth > 0)) return work();
  const started = performance.now();
  if (metric === "auth") timings.authDepth += 1;
  try {
    return await work();
  } finally {
    if (metric === "auth") timings.authDepth -= 1;
    timings.totals[metric] += performance.now() - started;
    timings.counts[metric] += 1;
  }
}

/**
 * The header value at the moment the response head is written: time spent in the database and in
 * the session check so far (a streamed page may query more after its head), and the time to the head.
 */
export function serverTimingHeader(now = performance.now()): string | undefined {
  const timings = storage.getStore();
  if (!timings) return undefined;
  const total = now - timings.startedAt;
  return [
    `db;dur=${timings.totals.db.toFixed(1)};desc="database (${timings.counts.db} queries)"`,
    `auth;dur=${timings.totals.auth.toFixed(1)};desc="session check"`,
    `render;dur=${Math.max(0, total - timings.totals.db - timings.totals.auth).toFixed(1)};desc="render (to first byte)"`,
    `total;dur=${total.toFixed(1)}`,
  ].join(", ");
}
