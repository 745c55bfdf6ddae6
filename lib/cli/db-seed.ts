import { loadLocalEnvironment } from "./runtime-setup";

loadLocalEnvironment();
const { provideDatabase } = await import("../db/provide-database");
const { applyMigrations } = await import("../db/migrations");
const { seedDemoIfEmpty } = await import("../db/seed/demo");

const database = await provideDatabase();
try {
  await applyMigrations(database.url);
  console.log((await seedDemoIfEmpty(database.url)) ? "Seeded the demo insurer." : "The demo insurer is already there: nothing to do.");
} finally {
  await database.stop();
}
process.exit(0);
