import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run db:seed:employer-large`: the app's database (embedded unless DATABASE_URL), migrations,
 * the demo seed if missing, then Nordhavn Logistik A/S with 10,000 employees on a group scheme and
 * its admin hr@nordhavn.dk (the demo password). Idempotent. SEED_EMPLOYER_STAFF sets the size.
 */
loadLocalEnvironment();
const { provideDatabase } = await import("../db/provide-database");
const { applyMigrations } = await import("../db/migrations");
const { createClient } = await import("../db/client");
const { seedDemoIfEmpty } = await import("../db/seed/demo");
const { seedLargeEmployer, LARGE_EMPLOYER } = await import("../db/seed/employers");
const { hashSecret } = await import("../auth/password");
const { DEMO_PASSWORD } = await import("../db/seed/demo-data");

const staff = Number(process.env.SEED_EMPLOYER_STAFF ?? LARGE_EMPLOYER.staff);
const started = performance.now();
const database = await provideDatabase();
let exitCode = 0;
try {
  await applyMigrations(database.url);
  if (await seedDemoIfEmpty(database.url)) console.log("Seeded the demo insurer first.");
  const db = createClient(database.url);
  const created = await seedLargeEmployer(db, { passwordHash: await hashSecret(DEMO_PASSWORD), staff });
  await db.$disconnect();
  console.log(created ? `Seeded ${LARGE_EMPLOYER.name} with ${staff.toLocaleString("en")} employees (admin ${LARGE_EMPLOYER.admin.email}) in ${((performance.now() - started) / 1000).toFixed(1)} s.` : `${LARGE_EMPLOYER.name} is already there: nothing to do.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
