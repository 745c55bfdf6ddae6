import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

function createClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
