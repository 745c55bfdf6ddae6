import "server-only";
import { db } from "./client";

/** One round trip to the database: false when it does not answer. */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
