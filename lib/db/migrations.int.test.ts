import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl } from "../testing/provided-context";
import { PRISMA_DIR, applyMigrations, diffMigrationsToSchema, readMigrationList } from "./migrations";

const schemaPath = path.join(PRISMA_DIR, "schema.prisma");
const migrationNames = readMigrationList().migrationDirectories.map((directory) => directory.path);

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations vs schema.prisma", () => {
  it("has at least one migration", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
  });

  it("do not drift: the migrations produce exactly what schema.prisma describes", async () => {
    const sql = await diffMigrationsToSchema(process.env.DATABASE_URL!);
    // If this fails, run `npm run db:migration -- <name>` and commit the new migration.
    expect(sql).toBe("");
  });

  it("detects a schema change that has no migration", async () => {
    const original = fs.readFileSync(schemaPath, "utf8");
    expect(original).toContain("model Person {\n");
    const changed = original.replace("model Person {\n", "model Person {\n  nickname String?\n");
    const sql = await diffMigrationsToSchema(process.env.DATABASE_URL!, { path: schemaPath, content: changed });
    expect(sql).toContain("ALTER TABLE");
    expect(sql).toMatch(/"Person"[\s\S]*"nickname"/);
  });
});

describe("applyMigrations", () => {
  const adminUrl = inject("testDbAdminUrl");
  const name = `${path.basename(process.env.DATABASE_URL!.split("?")[0]!.split("/").pop()!)}_fresh`;
  const freshUrl = databaseUrl(adminUrl, name);

  beforeAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(adminUrl, `CREATE DATABASE "${name}"`);
  });
  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("applies every migration to an empty database, in order, and a second run is a no-op", async () => {
    expect(await applyMigrations(freshUrl)).toEqual(migrationNames);
    expect(await applyMigrations(freshUrl)).toEqual([]);
  });

  it("records one finished _prisma_migrations row per migration directory, like `prisma migrate deploy`", async () => {
    const rows = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; checksum: string }>(
      freshUrl,
      "SELECT migration_name, finished_at, rolled_back_at, applied_steps_count, checksum FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("the per-file test database (cloned from the template) is fully migrated too", async () => {
    const rows = await query<{ migration_name: string }>(
      process.env.DATABASE_URL!,
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });
});
