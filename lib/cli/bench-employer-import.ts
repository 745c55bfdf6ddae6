import fs from "node:fs";
import path from "node:path";
import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run bench:employer-import` (issue 12 point 4): 10,000 CSV rows dry-run and applied, budget
 * < 5 s, on a private embedded PostgreSQL (`<DATA_DIR>/bench-import`, port 54351, fresh database,
 * the demo seed): 10,000 joiners, the same file again (idempotent: every row unchanged), 10,000
 * leavers of the same staff, and that file again. Times the services the page and the job call.
 *   BENCH_ROWS=10000
 */
loadLocalEnvironment();
const { env } = await import("../env");
const { startEmbeddedPostgres } = await import("../db/embedded-postgres");
const { applyMigrations } = await import("../db/migrations");
const { createClient } = await import("../db/client");
const { seedDemo } = await import("../db/seed/demo");
const { DEMO_USERS } = await import("../db/seed/demo-data");
const { applyImport, confirmImport, dryRunImport, loadImport } = await import("../employer/import");
const { copenhagenDay } = await import("../i18n/format");

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const BUDGET_MS = 5_000;
const dataDir = path.resolve(env().DATA_DIR, "bench-import", "postgres");
fs.rmSync(dataDir, { recursive: true, force: true });
const database = await startEmbeddedPostgres({ dataDir, port: 54351, database: "bench_import" });
const db = createClient(database.url);
const today = copenhagenDay();
const danish = today.split("-").reverse().join("-");
const meta = { ip: "127.0.0.1", today };
let exitCode = 0;

const file = (kind: "join" | "leave") =>
  new TextEncoder().encode(
    ["\uFEFFhandling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email;årsag"]
      .concat(Array.from({ length: ROWS }, (_, i) => (kind === "join" ? `tilmeld;B${String(i).padStart(6, "0")};Bente;Bench${i};14-02-1990;${danish};;` : `afmeld;B${String(i).padStart(6, "0")};;;;${danish};;fratrådt`)))
      .join("\r\n"),
  );

async function run(label: string, bytes: Uint8Array, user: Parameters<typeof dryRunImport>[1]): Promise<{ label: string; dryMs: number; applyMs: number; changes: number; refused: number }> {
  const t0 = performance.now();
  const outcome = await dryRunImport(db, user, { name: `${label}.csv`, bytes }, meta);
  if (!outcome.ok) throw new Error(`${label}: ${outcome.error}`);
  const t1 = performance.now();
  const view = (await loadImport(db, user, outcome.importId, today, { withRows: false }))!;
  let applyMs = 0;
  if (view.changeRows > 0) {
    await confirmImport(db, user, outcome.importId, meta);
    const t2 = performance.now();
    await applyImport(db, outcome.importId, today);
    applyMs = performance.now() - t2;
  }
  return { label, dryMs: t1 - t0, applyMs, changes: view.changeRows, refused: view.refusedRows };
}

try {
  await applyMigrations(database.url);
  await seedDemo(db);
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.employerAdmin.email }, include: { employer: true } });
  const user = { userId: admin.id, sessionId: "bench", email: admin.email, displayName: admin.displayName, roles: admin.roles, locale: "da" as const, person: null, policyNumber: null, employer: { id: admin.employer!.id, name: admin.employer!.name, cvr: admin.employer!.cvr, right: "MANAGE" as const } };
  const results = [];
  results.push(await run(`${ROWS} joiners`, file("join"), user));
  results.push(await run(`${ROWS} joiners again (idempotent)`, file("join"), user));
  results.push(await run(`${ROWS} leavers`, file("leave"), user));
  results.push(await run(`${ROWS} leavers again (idempotent)`, file("leave"), user));
  console.log(`\n${"import".padEnd(34)} ${"dry run".padStart(9)} ${"apply".padStart(9)} ${"total".padStart(9)} ${"changes".padStart(8)} ${"refused".padStart(8)}`);
  for (const r of results) {
    console.log(`${r.label.padEnd(34)} ${`${Math.round(r.dryMs)} ms`.padStart(9)} ${`${Math.round(r.applyMs)} ms`.padStart(9)} ${`${Math.round(r.dryMs + r.applyMs)} ms`.padStart(9)} ${String(r.changes).padStart(8)} ${String(r.refused).padStart(8)}`);
  }
  const [joiners, joinersAgain, leavers, leaversAgain] = results;
  if (joiners!.changes !== ROWS || leavers!.changes !== ROWS || joinersAgain!.changes + joinersAgain!.refused + leaversAgain!.changes + leaversAgain!.refused !== 0) {
    console.error("Unexpected counts: every joiner and leaver should apply once, the re-import nothing.");
    exitCode = 1;
  }
  for (const r of results) {
    const total = r.dryMs + r.applyMs;
    console.log(`Budget < ${BUDGET_MS / 1000} s (dry run + apply) — ${r.label}: ${total < BUDGET_MS ? "met" : "NOT met"} (${(total / 1000).toFixed(2)} s).`);
    if (total >= BUDGET_MS) exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
