import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run db:seed:large`: the app's database (embedded unless DATABASE_URL), migrations, the demo
 * seed if missing, then 100,000 members and 1,000,000 claims (lib/db/seed/large). Idempotent.
 * SEED_LARGE_MEMBERS / SEED_LARGE_CLAIMS make a smaller set (for trying it out).
 */
loadLocalEnvironment();
const { provideDatabase } = await import("../db/provide-database");
const { applyMigrations } = await import("../db/migrations");
const { seedDemoIfEmpty } = await import("../db/seed/demo");
const { seedLarge, DEFAULT_LARGE_SIZE } = await import("../db/seed/large/seed-large");

const size = {
  members: Number(process.env.SEED_LARGE_MEMBERS ?? DEFAULT_LARGE_SIZE.members),
  claims: Number(process.env.SEED_LARGE_CLAIMS ?? DEFAULT_LARGE_SIZE.claims),
};
if (!Number.isInteger(size.members) || size.members < 10 || !Number.isInteger(size.claims) || size.claims < 1) {
  console.error("SEED_LARGE_MEMBERS must be an integer ≥ 10 and SEED_LARGE_CLAIMS ≥ 1.");
  process.exit(1);
}

const started = performance.now();
const database = await provideDatabase();
let exitCode = 0;
try {
  await applyMigrations(database.url);
  if (await seedDemoIfEmpty(database.url)) console.log("Seeded the demo insurer first.");
  console.log(`Generating ${size.members.toLocaleString("en")} members and ${size.claims.toLocaleString("en")} claims…`);
  const result = await seedLarge(database.url, size);
  for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(12)} ${count.toLocaleString("en").padStart(11)}`);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s${result.skipped ? " (already seeded)" : ""}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
