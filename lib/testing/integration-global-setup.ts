import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";
import { FILE_DATABASE_PREFIX, TEMPLATE_DATABASE, TEMPLATE_LOCK_KEY, databaseUrl, quoteIdent } from "./provided-context";

/**
 * Runs once per `vitest run --project integration`, in the main process.
 *
 * - DATABASE_URL unset: an embedded PostgreSQL in `.data/test-postgres` on port 54330 (fsync off).
 *   DATABASE_URL set: that server (its database is only used as the admin connection).
 * - Rebuilds the template database `portal_test_template` with every migration applied.
 * - Provides the admin URL; `integration-setup.ts` clones one database per test file from the template.
 */
const TEST_PG_PORT = 54330;
const TEST_PG_DIR = path.resolve(import.meta.dirname, "../../.data/test-postgres");
/** Leftover file databases of a killed run are dropped once they are this old. */
const STALE_AFTER_SECONDS = 60 * 60;

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process with
 * `process.exit(0)`. Vitest reports failed tests through `process.exitCode` and lets the process
 * drain, so every failing integration run exited 0 and `npm test` called it passed. This listener
 * runs right after that handler, before its deferred exit, and exits with vitest's code instead.
 */
function keepVitestExitCode(): void {
  process.on("beforeExit", () => {
    const code = Number(process.exitCode ?? 0);
    if (code !== 0) process.exit(code);
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepVitestExitCode();
  const started = performance.now();
  let server: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const logs: string[] = [];
    try {
      server = await startEmbeddedPostgres({
        dataDir: TEST_PG_DIR,
        port: TEST_PG_PORT,
        database: "postgres",
        durable: false,
        log: (line) => logs.push(line),
      });
    } catch (error) {
      console.error(logs.slice(-30).join("\n"));
      throw error;
    }
    adminUrl = server.url;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await dropStaleFileDatabases(admin);
    // Exclusive: no file of a concurrent run clones the template while it is rebuilt.
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`);
      await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  } finally {
    await admin.end();
  }

  project.provide("testDbAdminUrl", adminUrl);
  const where = server ? `embedded PostgreSQL on port ${TEST_PG_PORT}` : "DATABASE_URL's server";
  console.log(`[integration] template ${TEMPLATE_DATABASE} ready on ${where} in ${Math.round(performance.now() - started)} ms`);

  return async () => {
    if (!server) return;
    // Another engineer's run may be sharing the server (startEmbeddedPostgres reuses a running one).
    if (await otherClientsConnected(adminUrl)) {
      console.log(`[integration] leaving the test PostgreSQL on port ${TEST_PG_PORT} running: another run is using it`);
      return;
    }
    await server.stop();
  };
}

async function dropStaleFileDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${FILE_DATABASE_PREFIX}%`]);
  const now = Date.now() / 1000;
  for (const { datname } of rows) {
    const stamp = parseInt(datname.slice(FILE_DATABASE_PREFIX.length).split("_")[0] ?? "", 36);
    if (Number.isFinite(stamp) && now - stamp > STALE_AFTER_SECONDS) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`).catch(() => {});
    }
  }
}

async function otherClientsConnected(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
    );
    return (rows[0]?.n ?? 0) > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
