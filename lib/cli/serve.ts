import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { addCompileHints } from "./compile-hints";
import { loadLocalEnvironment } from "./runtime-setup";
import { removeStagingFiles } from "../documents/staging";
import { defaultConcurrency, startWebCluster, type WebCluster } from "./web-cluster";

/**
 * `npm start` and `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo seed
 * on an empty database, a build when sources are newer than it, then Next.js. Ctrl-C stops all.
 */
const mode = process.argv[2] === "dev" ? "dev" : "start";
// Next's own binary, not `npx next`: a signal sent to npx does not reach the server it starts.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const startedAt = performance.now();
loadLocalEnvironment();

const { provideDatabase, startEmbeddedDatabase } = await import("../db/provide-database");
const { applyMigrations } = await import("../db/migrations");
const { watchDatabase } = await import("../db/database-watchdog");
const { env, resetEnvCache } = await import("../env");

const config = env();
const database = await provideDatabase();
process.env.DATABASE_URL = database.url;
resetEnvCache();
console.log(database.embedded ? `Embedded PostgreSQL: ${path.join(config.DATA_DIR, "postgres")} (port ${config.EMBEDDED_PG_PORT})` : "Using DATABASE_URL.");
// The embedded server is ours to keep alive; a DATABASE_URL server is its owner's.
const watchdog = database.embedded
  ? watchDatabase({
      url: database.url,
      restart: async () => {
        const again = await startEmbeddedDatabase();
        database.stop = again.stop;
      },
      log: (line) => console.error(line),
    })
  : undefined;

let child: ChildProcess | undefined;
let web: WebCluster | undefined;
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    watchdog?.stop();
    await web?.stop();
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await database.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  const { seedDemoIfEmpty, DEMO_LOGINS } = await import("../db/seed/demo");
  const seeded = await seedDemoIfEmpty(database.url);
  if (seeded) console.log("Seeded the demo insurer.");

  // SERVE_EXISTING_BUILD=1: a second instance beside a running one (e2e/support/isolated-server.ts)
  // must not rebuild the .next it is serving from.
  if (mode === "start" && process.env.SERVE_EXISTING_BUILD !== "1" && buildIsStale()) {
    console.log("Building the app (next build)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) await shutdown(build.status ?? 1);
  }
  // Also after a bare `next build`; a no-op when the chunks have it (ADR 0017).
  if (mode === "start" && process.env.SERVE_EXISTING_BUILD !== "1") addCompileHints();

  const port = String(config.PORT);
  // SERVE_NODE_ARGS: extra node flags for the server processes, e.g. "--cpu-prof" to profile them.
  const nodeArgs = process.env.SERVE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  if (mode === "dev") {
    child = spawn(process.execPath, [...nodeArgs, nextBin, "dev", "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PORT: port } });
    child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
  } else {
    const count = config.WEB_CONCURRENCY ?? defaultConcurrency();
    // Uploads a dead process was receiving (lib/documents/staging.ts): all at start, a dead worker's when it ends.
    const documents = path.resolve(config.DATA_DIR, "documents");
    const stale = removeStagingFiles(documents);
    if (stale) console.log(`Removed ${stale} unfinished upload(s) left by an earlier run.`);
    web = startWebCluster({
      count,
      port: config.PORT,
      nodeArgs,
      env: process.env,
      onWorkerExit: (pid) => {
        const left = removeStagingFiles(documents, pid);
        if (left) console.error(`[web] removed ${left} unfinished upload(s) of worker pid ${pid}`);
      },
      onGiveUp: (reason) => {
        console.error(`[web] giving up: ${reason}`);
        void shutdown(1);
      },
    });
    await web.ready;
    console.log(`Web server: ${count} process${count === 1 ? "" : "es"} on port ${port} (WEB_CONCURRENCY).`);
  }

  const appUrl = `http://localhost:${port}`;
  await waitForOk(`${appUrl}/api/health`);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`\nMember Portal is ready at ${appUrl} (${seconds} s after start)\n`);
  console.log("Demo logins (password for all: " + DEMO_LOGINS.password + "):");
  for (const login of DEMO_LOGINS.accounts) console.log(`  ${login.role.padEnd(16)} ${login.email.padEnd(34)} ${login.note}`);
  console.log(`  ${"activation".padEnd(16)} member number ${DEMO_LOGINS.activation.memberNumber}, code ${DEMO_LOGINS.activation.code}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "postcss.config.mjs"];
  return Math.max(...sources.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
}

async function waitForOk(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs / 1000} s.`);
}
