import { loadLocalEnvironment } from "./runtime-setup";

loadLocalEnvironment();
const { applyMigrations } = await import("../db/migrations");
const { provideDatabase } = await import("../db/provide-database");

const db = await provideDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied migrations:\n  ${applied.join("\n  ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
process.exit(0);
