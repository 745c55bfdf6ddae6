import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { watchDatabase } from "./database-watchdog";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

/**
 * The embedded server `npm start` uses when DATABASE_URL is unset, on its own port and a
 * throw-away data dir. The cases run in order: each builds on the data the previous one left.
 */
const PORT = 54340;
const repoRoot = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(repoRoot, ".data", `tmp-embedded-${crypto.randomBytes(4).toString("hex")}`);
const pidFile = path.join(dataDir, "postmaster.pid");
const options = { dataDir, port: PORT, database: "embedded_test", durable: false };

let running: EmbeddedDatabase | undefined;
const spawned: ChildProcess[] = [];

async function start(): Promise<EmbeddedDatabase> {
  const logs: string[] = [];
  try {
    running = await startEmbeddedPostgres({ ...options, log: (line) => logs.push(line) });
    return running;
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${logs.slice(-20).join("\n")}`);
  }
}

async function stop(): Promise<void> {
  await running?.stop();
  running = undefined;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Direct children of a pid (Linux /proc), so we can wait for a killed postmaster's backends to exit. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(async () => {
  await stop().catch(() => {});
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid > 0 && isAlive(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dataDir)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("initialises a fresh data directory and creates the database", async () => {
    expect(fs.existsSync(dataDir)).toBe(false);
    const db = await start();
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    expect(db.url).toBe(`postgresql://portal:portal@127.0.0.1:${PORT}/embedded_test`);
    await sql(db.url, "CREATE TABLE survivor (id int PRIMARY KEY, note text)");
    await sql(db.url, "INSERT INTO survivor VALUES (1, 'before restart')");
    await stop();
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  it("reuses the data on a second start of the same directory", async () => {
    const db = await start();
    expect(await sql(db.url, "SELECT id, note FROM survivor")).toEqual([{ id: 1, note: "before restart" }]);
    await sql(db.url, "INSERT INTO survivor VALUES (2, 'after restart')");
    await stop();
  });

  let staleContent = "";

  it("starts despite a stale postmaster.pid left by a killed process", async () => {
    // Another process starts the server and is killed together with the postmaster: no clean shutdown.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "lib/testing/start-embedded-postgres.ts"), dataDir, String(PORT)], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    spawned.push(child);
    let output = "";
    const postmasterPid = await new Promise<number>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /READY (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`helper exited (${code}) before ready:\n${output}`)));
    });
    const backends = childrenOf(postmasterPid);
    child.kill("SIGKILL");
    process.kill(postmasterPid, "SIGKILL");
    await waitUntil(() => !isAlive(postmasterPid) && backends.every((pid) => !isAlive(pid)), "the killed server's processes to exit");

    expect(fs.existsSync(pidFile)).toBe(true);
    staleContent = fs.readFileSync(pidFile, "utf8");
    expect(Number(staleContent.split("\n")[0])).toBe(postmasterPid);

    const db = await start();
    expect(await sql<{ n: number }>(db.url, "SELECT count(*)::int AS n FROM survivor")).toEqual([{ n: 2 }]);
    await stop();
  });

  it("starts when the stale postmaster.pid names a live process that is not PostgreSQL (pid reused after a restart)", async () => {
    expect(staleContent).not.toBe("");
    // A process of the user PostgreSQL runs as, so PostgreSQL's own check cannot tell it apart.
    const owner = fs.statSync(path.join(dataDir, "PG_VERSION"));
    const sleeper = spawn("sleep", ["60"], { uid: owner.uid, gid: owner.gid, stdio: "ignore" });
    spawned.push(sleeper);
    await new Promise((resolve) => sleeper.once("spawn", resolve));
    fs.writeFileSync(pidFile, staleContent.replace(/^\d+/, String(sleeper.pid)), { mode: 0o600 });
    fs.chownSync(pidFile, owner.uid, owner.gid);

    const db = await start();
    expect(await sql<{ n: number }>(db.url, "SELECT count(*)::int AS n FROM survivor")).toEqual([{ n: 2 }]);
    await stop();
    sleeper.kill("SIGKILL");
  });

  it("is started again by the watchdog after its postmaster is killed (kill -9, out of memory)", async () => {
    const db = await start();
    const postmasterPid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    const backends = childrenOf(postmasterPid);
    let restarts = 0;
    const watchdog = watchDatabase({
      url: db.url,
      intervalMs: 200,
      failuresBeforeRestart: 2,
      restart: async () => {
        restarts += 1;
        await start();
      },
    });
    try {
      process.kill(postmasterPid, "SIGKILL");
      await waitUntil(() => !isAlive(postmasterPid) && backends.every((pid) => !isAlive(pid)), "the killed server's processes to exit");
      await waitUntil(() => restarts > 0, "the watchdog to restart PostgreSQL", 20_000);
      await expect.poll(async () => (await sql<{ n: number }>(db.url, "SELECT count(*)::int AS n FROM survivor"))[0]?.n, { timeout: 20_000 }).toBe(2);
      expect(restarts).toBe(1);
    } finally {
      watchdog.stop();
      await stop();
    }
  });
});
