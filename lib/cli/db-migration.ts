import { loadLocalEnvironment } from "./runtime-setup";

loadLocalEnvironment();
const { diffMigrationsToSchema, writeMigration } = await import("../db/migrations");
const { provideDatabase } = await import("../db/provide-database");

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(1);
}

const db = await provideDatabase();
try {
  const sql = await diffMigrationsToSchema(db.url);
  if (!sql) {
    console.log("schema.prisma and the migrations agree: nothing to write.");
  } else {
    console.log(`Wrote ${writeMigration(name, sql)}/migration.sql`);
  }
} finally {
  await db.stop();
}
process.exit(0);
