import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { FILE_DATABASE_PREFIX, TEMPLATE_DATABASE, TEMPLATE_LOCK_KEY, databaseUrl, quoteIdent } from "./provided-context";

/**
 * Runs in each integration test file's worker before the file is imported: the file gets its own
 * database cloned from the migrated template, exposed as DATABASE_URL, and dropped after the file.
 */
const adminUrl = inject("testDbAdminUrl");
const name = `${FILE_DATABASE_PREFIX}${Math.floor(Date.now() / 1000).toString(36)}_${crypto.randomBytes(5).toString("hex")}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

await admin(async (client) => {
  // Shared: many files may clone at once, but never while a run rebuilds the template.
  await client.query("SELECT pg_advisory_lock_shared($1)", [TEMPLATE_LOCK_KEY]);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`);
        break;
      } catch (error) {
        // "source database is being accessed by other users" is transient (e.g. a stray connection).
        if (attempt >= 20 || (error as { code?: string }).code !== "55006") throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock_shared($1)", [TEMPLATE_LOCK_KEY]);
  }
});

interface Disconnectable {
  $disconnect: () => Promise<void>;
}

process.env.DATABASE_URL = databaseUrl(adminUrl, name);
// As `npm start` always has one (lib/cli/runtime-setup.ts): bulk activation codes are keyed with it.
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";

afterAll(async () => {
  // Mails kicked off by the file's last actions finish before their database goes.
  await (await import("../mail/outbox")).settleOutboxKicks();
  // A file that queued jobs started pg-boss on its database: stop it before the database goes.
  if ((globalThis as { portalBoss?: unknown }).portalBoss) await (await import("../jobs/boss")).stopBoss(5_000);
  // Close our pools first so FORCE has nothing to kill mid-query.
  // (testDb() clients register themselves on globalThis; so does the app's db() singleton.)
  const g = globalThis as { portalTestDbClients?: Set<Disconnectable>; portalDb?: Disconnectable };
  const clients = [...(g.portalTestDbClients ?? []), ...(g.portalDb ? [g.portalDb] : [])];
  await Promise.allSettled(clients.map((client) => client.$disconnect()));
  g.portalTestDbClients?.clear();
  g.portalDb = undefined;
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
});
