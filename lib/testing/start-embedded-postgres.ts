/**
 * Test helper process: `node --import tsx lib/testing/start-embedded-postgres.ts <dataDir> <port>`
 * starts an embedded PostgreSQL, prints `READY <postmaster pid>` and idles until killed.
 * embedded-postgres.int.test.ts kills it with SIGKILL to leave a stale postmaster.pid behind.
 */
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error("usage: start-embedded-postgres.ts <dataDir> <port>");
await startEmbeddedPostgres({ dataDir, port: Number(port), database: "postgres", durable: false });
const pid = fs.readFileSync(path.join(path.resolve(dataDir), "postmaster.pid"), "utf8").split("\n")[0];
console.log(`READY ${pid}`);
setInterval(() => {}, 60_000);
