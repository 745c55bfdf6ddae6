import pg from "pg";
import { HELPER_FUNCTIONS } from "./functions";
import { LARGE_MARKER, largeSeedSteps, type LargeSeedSize } from "./steps";

export const DEFAULT_LARGE_SIZE: LargeSeedSize = { members: 100_000, claims: 1_000_000 };

export interface LargeSeedResult {
  skipped: boolean;
  seconds: number;
  counts: Record<string, number>;
}

const COUNTED_TABLES = ["Person", "Policy", "Enrolment", "User", "Claim", "ClaimLine", "ClaimEvent", "MemberTask"] as const;

/**
 * Adds the large dataset to a database that already has the demo seed. One transaction: a run
 * that fails or is interrupted leaves nothing behind, and a finished run leaves a marker row in
 * NumberSeries so the next run skips. Nothing the app needs is dropped or recreated.
 */
export async function seedLarge(url: string, size: LargeSeedSize = DEFAULT_LARGE_SIZE, log: (line: string) => void = console.log): Promise<LargeSeedResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const marker = await client.query<{ value: number }>(`SELECT value FROM "NumberSeries" WHERE name = $1`, [LARGE_MARKER]);
    if (marker.rowCount) {
      log(`The large dataset is already there (${Number(marker.rows[0]!.value).toLocaleString("en")} claims): nothing to do.`);
      return { skipped: true, seconds: 0, counts: await countRows(client) };
    }
    // Bulk-load settings for this session only; durability is kept (synchronous_commit only
    // delays the flush of this one commit).
    await client.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET jit = off`);
    await client.query("BEGIN");
    for (const sql of HELPER_FUNCTIONS) await client.query(sql);
    for (const step of largeSeedSteps(size)) {
      const stepStarted = performance.now();
      const result = await client.query(step.sql);
      const results = Array.isArray(result) ? result : [result];
      const rows = results.filter((r) => r.command === "INSERT").reduce((sum, r) => sum + (r.rowCount ?? 0), 0);
      const elapsed = (performance.now() - started) / 1000;
      log(`  ✓ ${step.label}${rows ? `: ${rows.toLocaleString("en")} rows` : ""} (${((performance.now() - stepStarted) / 1000).toFixed(1)} s, ${elapsed.toFixed(0)} s total)`);
    }
    await client.query("COMMIT");
    const analyseStarted = performance.now();
    await client.query(`ANALYZE ${COUNTED_TABLES.map((table) => `"${table}"`).join(", ")}`);
    log(`  ✓ ANALYZE (${((performance.now() - analyseStarted) / 1000).toFixed(1)} s)`);
    return { skipped: false, seconds: (performance.now() - started) / 1000, counts: await countRows(client) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const result = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}
