/**
 * Playwright's webServer command: the production start path (lib/cli/serve.ts start) on a
 * database that is new every run. Playwright starts the webServer before globalSetup, so the
 * old e2e database is removed here. The e2e run always uses its own embedded PostgreSQL
 * (DATA_DIR/postgres on EMBEDDED_PG_PORT), even when the shell has DATABASE_URL set.
 */
import fs from "node:fs";
import path from "node:path";
import { stopLeftoverPostgres } from "./isolated-server";

const dataDir = path.resolve(process.env.DATA_DIR ?? ".data/e2e");
const pgDir = path.join(dataDir, "postgres");
delete process.env.DATABASE_URL;

// A server left running by an interrupted run would otherwise be reused, old data and all.
await stopLeftoverPostgres(pgDir);
fs.rmSync(pgDir, { recursive: true, force: true });
console.log(`[e2e] fresh database in ${pgDir}`);

process.argv[2] = "start";
await import("../../lib/cli/serve");
