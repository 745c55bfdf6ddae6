import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import path from "node:path";

/**
 * The production web tier: WEB_CONCURRENCY worker processes (default: one per core), each a
 * Next.js server (lib/cli/next-worker.ts), all on one port through Node's cluster module. Only
 * the first runs the background work (outbox, pg-boss workers), so jobs are not polled N times;
 * BACKGROUND_WORK=off in the environment turns it off in all (a test instance that must stay still).
 * A worker that dies (a crash, kill -9, out of memory) is replaced with back-off; one that keeps
 * dying makes the whole tier give up so the caller exits non-zero instead of serving half.
 */
export interface WebCluster {
  /** Resolves once every worker is listening. */
  ready: Promise<void>;
  stop: () => Promise<void>;
  /** The live workers' pids, by slot. */
  pids: () => (number | undefined)[];
}

const MAX_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const MAX_QUICK_DEATHS = 5;

export function startWebCluster(options: {
  count: number;
  port: number;
  nodeArgs: string[];
  env: NodeJS.ProcessEnv;
  onGiveUp: (reason: string) => void;
  /** The worker script (tests use a tiny one) and how node loads it. */
  exec?: string;
  execArgv?: string[];
  /** Called with the pid of every worker that ended (its leftovers can be cleaned). */
  onWorkerExit?: (pid: number) => void;
  /** First restart delay; it doubles per quick death up to 30 s. */
  backoffMs?: number;
}): WebCluster {
  cluster.setupPrimary({
    exec: options.exec ?? path.join("lib", "cli", "next-worker.ts"),
    execArgv: options.execArgv ?? [...options.nodeArgs, "--import", "tsx"],
    silent: false,
  });
  let stopping = false;
  const slots = Array.from({ length: options.count }, (_, index) => ({ index, quickDeaths: 0, startedAt: 0, worker: undefined as Worker | undefined }));
  let pendingReady = options.count;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  function fork(slot: (typeof slots)[number]): void {
    slot.startedAt = Date.now();
    const worker = cluster.fork({ ...options.env, PORT: String(options.port), BACKGROUND_WORK: slot.index === 0 && options.env.BACKGROUND_WORK !== "off" ? "on" : "off", WEB_WORKER_INDEX: String(slot.index) });
    slot.worker = worker;
    worker.once("listening", () => {
      if (pendingReady > 0 && --pendingReady === 0) resolveReady();
    });
    worker.once("exit", (code, signal) => {
      slot.worker = undefined;
      if (worker.process.pid) options.onWorkerExit?.(worker.process.pid);
      if (stopping) return;
      const ranMs = Date.now() - slot.startedAt;
      slot.quickDeaths = ranMs > STABLE_AFTER_MS ? 1 : slot.quickDeaths + 1;
      if (slot.quickDeaths > MAX_QUICK_DEATHS) {
        options.onGiveUp(`web worker ${slot.index} died ${slot.quickDeaths} times in a row (last: ${signal ?? `exit ${code}`})`);
        return;
      }
      const delay = Math.min(MAX_BACKOFF_MS, (options.backoffMs ?? 500) * 2 ** (slot.quickDeaths - 1));
      console.error(`[web] worker ${slot.index} (pid ${worker.process.pid}) ended (${signal ?? `exit ${code}`}); restarting in ${delay} ms`);
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, delay).unref();
    });
  }
  for (const slot of slots) fork(slot);

  async function stop(): Promise<void> {
    stopping = true;
    await Promise.all(
      slots.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
  }
  return { ready, stop, pids: () => slots.map((slot) => slot.worker?.process.pid) };
}

export function defaultConcurrency(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}
