import path from "node:path";
import { env } from "../env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export interface ProvidedDatabase extends EmbeddedDatabase {
  embedded: boolean;
}

/**
 * `DATABASE_URL` when set (the user's own server, nothing embedded); otherwise the embedded
 * PostgreSQL whose data lives in `<DATA_DIR>/postgres`.
 */
export async function provideDatabase(log: (line: string) => void = () => {}): Promise<ProvidedDatabase> {
  const config = env();
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  return startEmbeddedDatabase(log);
}

/**
 * The embedded PostgreSQL in `<DATA_DIR>/postgres`, started (or reused when it answers). The
 * watchdog of `npm start` restarts it through this, not through `provideDatabase`: once started,
 * `npm start` puts its URL into DATABASE_URL for the web processes, which would read as the user's own server.
 */
export async function startEmbeddedDatabase(log: (line: string) => void = () => {}): Promise<ProvidedDatabase> {
  const config = env();
  const db = await startEmbeddedPostgres({
    dataDir: path.resolve(config.DATA_DIR, "postgres"),
    port: config.EMBEDDED_PG_PORT,
    database: "member_portal",
    log,
  });
  return { ...db, embedded: true };
}
