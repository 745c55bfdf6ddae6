import pg from "pg";

/** The database of an embedded PostgreSQL started by lib/cli/serve.ts (lib/db/embedded-postgres.ts). */
export const embeddedDatabaseUrl = (pgPort: number) => `postgresql://portal:portal@127.0.0.1:${pgPort}/member_portal`;

export async function withDatabase<T>(pgPort: number, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(pgPort) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Logs a request may write even when it is refused: the audit trail and sign-in bookkeeping. */
const LOG_TABLES = new Set(["AuditEvent", "Session", "LoginAttempt", "_prisma_migrations"]);

/**
 * A fingerprint of every row of every table but the logs: any insert, update or delete changes
 * it. Compared before and after each attempt that must be refused ("no write").
 */
export async function contentFingerprint(client: pg.Client): Promise<Map<string, string>> {
  const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).rows
    .map((row) => row.name)
    .filter((name) => !LOG_TABLES.has(name) && !name.startsWith("pgboss") && !name.startsWith("job"));
  const sql = tables.map((name) => `SELECT '${name}' AS name, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS hash FROM "${name}" t`).join(" UNION ALL ");
  const rows = (await client.query<{ name: string; hash: string }>(sql)).rows;
  return new Map(rows.map((row) => [row.name, row.hash]));
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([name, hash]) => before.get(name) !== hash).map(([name]) => name);
}
