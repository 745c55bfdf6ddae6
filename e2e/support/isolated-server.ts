import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A second, private instance of the app for specs that must not share the e2e server: the
 * authorisation matrix (it compares whole-database fingerprints, which other specs running in
 * parallel would disturb) and the fault tests (they kill the server and PostgreSQL). Started the
 * production way (`tsx lib/cli/serve.ts start`, the build the e2e run just made) on its own
 * port, embedded PostgreSQL port and data directory, fresh every time. Mail goes to .eml files.
 */
export interface IsolatedServer {
  baseURL: string;
  port: number;
  pgPort: number;
  dataDir: string;
  /** The `npm start` supervisor (lib/cli/serve.ts). */
  supervisor: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, "../..");

export async function startIsolatedServer(options: { name: string; port: number; pgPort: number; env?: Record<string, string> }): Promise<IsolatedServer> {
  const dataDir = path.join(repoRoot, ".data", `e2e-${options.name}`);
  await stopLeftoverPostgres(path.join(dataDir, "postgres"));
  fs.rmSync(dataDir, { recursive: true, force: true });
  const baseURL = `http://localhost:${options.port}`;
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(options.pgPort),
    APP_URL: baseURL,
    WEB_CONCURRENCY: "1",
    SERVE_EXISTING_BUILD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  delete environment.DATABASE_URL;
  delete environment.SMTP_HOST;
  let log = "";
  const supervisor = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", "start"], { cwd: repoRoot, env: environment, stdio: ["ignore", "pipe", "pipe"] });
  supervisor.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  supervisor.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const server: IsolatedServer = {
    baseURL,
    port: options.port,
    pgPort: options.pgPort,
    dataDir,
    supervisor,
    output: () => log,
    stop: async () => {
      if (supervisor.exitCode !== null || supervisor.signalCode !== null) return;
      const exited = new Promise((resolve) => supervisor.once("exit", resolve));
      supervisor.kill("SIGTERM");
      const timer = setTimeout(() => supervisor.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 180_000;
  while (!/Member Portal is ready/.test(log)) {
    if (supervisor.exitCode !== null) throw new Error(`The ${options.name} server ended (exit ${supervisor.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The ${options.name} server was not ready within 180 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

/** Stops a PostgreSQL left running on `pgDir` by an interrupted run (its pid file and command line name the dir). */
export async function stopLeftoverPostgres(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const ours = (): boolean => {
    try {
      process.kill(pid, 0);
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(pgDir);
    } catch {
      return false;
    }
  };
  if (!pid || !ours()) return;
  console.log(`[e2e] stopping the PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown
  const deadline = Date.now() + 15_000;
  while (ours() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (ours()) process.kill(pid, "SIGKILL");
}

/** Resolves with the ms until `url` answers 200, polling every 100 ms, or rejects after `timeoutMs`. */
export async function waitUntilOk(url: string, timeoutMs: number, ok: (response: Response) => Promise<boolean> | boolean = (r) => r.ok): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      if (await ok(response)) return Date.now() - started;
    } catch {
      // not answering yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pids of the server's web workers (lib/cli/next-worker.ts processes under the supervisor). */
export function webWorkerPids(server: IsolatedServer): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === server.supervisor.pid && fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("next-worker")) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}
