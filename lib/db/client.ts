import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { timed } from "../server/timing/server-timing";
import { PrismaClient } from "./generated/client";
import { createStatementNamer } from "./statement-names";

export type Db = PrismaClient;

function createClient(url: string): PrismaClient {
  // The adapter's type asks for a string; it hands the value to pg as `name`, where undefined
  // means an unnamed statement (what the namer returns past its cap).
  const statementNameGenerator = createStatementNamer() as (query: { sql: string }) => string;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }, { statementNameGenerator }) });
  // Every query's time goes to the request's Server-Timing "db" (a no-op outside a request). The
  // extension keeps PrismaClient's runtime API, so the plain type is kept for callers.
  return client.$extends({ query: { $allOperations: ({ args, query }) => timed("db", () => query(args)) } }) as unknown as PrismaClient;
}

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient; portalDbUrl?: string };

/** One client per process (and per dev hot-reload), connected to DATABASE_URL. */
export function db(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  if (!globalForDb.portalDb || globalForDb.portalDbUrl !== url) {
    globalForDb.portalDb = createClient(url);
    globalForDb.portalDbUrl = url;
  }
  return globalForDb.portalDb;
}

export { createClient };
