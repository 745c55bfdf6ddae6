import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm start` and `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo seed
 * on an empty database, a build when sources are newer than it, then Next.js. Ctrl-C stops all.
 */
const mode = process.argv[2] === "dev" ? "dev" : "start";
// Next's own binary, not `npx next`: a signal sent to npx does not reach the server it starts.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const startedAt = performance.now();
loadLocalEnvironment();

const { provideDatabase } = await import("../db/provide-database");
const { applyMigrations } = await import("../db/migrations");
const { env, resetEnvCache } = await import("../env");

const config = env();
const database = await provideDatabase();
process.env.DATABASE_URL = database.url;
resetEnvCache();
console.log(database.embedded ? `Embedded PostgreSQL: ${path.join(config.DATA_DIR, "postgres")} (port ${config.EMBEDDED_PG_PORT})` : "Using DATABASE_URL.");

let child: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
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

  if (mode === "start" && buildIsStale()) {
    console.log("Building the app (next build)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) await shutdown(build.status ?? 1);
  }

  const port = String(config.PORT);
  // SERVE_NODE_ARGS: extra node flags for the server process, e.g. "--cpu-prof" to profile it.
  const nodeArgs = process.env.SERVE_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  // Production: lib/cli/next-server.ts (Next.js plus the page cache), TypeScript loaded by tsx in the same process.
  const serverArgs = mode === "dev" ? [nextBin, "dev", "-p", port, "-H", process.env.HOST ?? "0.0.0.0"] : ["--import", "tsx", path.join("lib", "cli", "next-server.ts")];
  child = spawn(process.execPath, [...nodeArgs, ...serverArgs], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PORT: port } });
  child.on("exit", (code) => void shutdown(code ?? 0));

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
