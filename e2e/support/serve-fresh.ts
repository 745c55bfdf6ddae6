/**
 * Playwright's webServer command: the production start path (lib/cli/serve.ts start) on a
 * database that is new every run. Playwright starts the webServer before globalSetup, so the
 * old e2e database is removed here. The e2e run always uses its own embedded PostgreSQL
 * (DATA_DIR/postgres on EMBEDDED_PG_PORT), even when the shell has DATABASE_URL set.
 */
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(process.env.DATA_DIR ?? ".data/e2e");
const pgDir = path.join(dataDir, "postgres");
delete process.env.DATABASE_URL;

/** A server left running by an interrupted run would otherwise be reused, old data and all. */
async function stopLeftoverServer(): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const isOurs = (): boolean => {
    try {
      process.kill(pid, 0);
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(pgDir);
    } catch {
      return false;
    }
  };
  if (!pid || !isOurs()) return;
  console.log(`[e2e] stopping the PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown
  const deadline = Date.now() + 15_000;
  while (isOurs()) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

await stopLeftoverServer();
fs.rmSync(pgDir, { recursive: true, force: true });
console.log(`[e2e] fresh database in ${pgDir}`);

process.argv[2] = "start";
await import("../../lib/cli/serve");
