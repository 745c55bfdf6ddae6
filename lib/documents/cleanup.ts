import "server-only";
import type { Db } from "../db/client";
import { documentStore, type DocumentStore } from "./store";

const BATCH = 500;

/**
 * Deletes uploads nobody attached — no claim (submitted or draft), no pre-authorisation, no
 * message — made before `olderThan` (the JOBS slice runs it with "a day ago"). Rows first, in
 * one statement that re-checks "unattached" and skips rows another transaction holds (an attach
 * in flight wins); then their files. Also removes staging files and expired byte reservations
 * (upload.ts) of uploads that died half-way. Returns how many documents were deleted.
 */
export async function deleteUnattachedDocuments(
  db: Db,
  { olderThan }: { olderThan: Date },
  store: DocumentStore = documentStore(),
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ storageKey: string }[]>`
      DELETE FROM "Document" WHERE id IN (
        SELECT id FROM "Document"
        WHERE "claimId" IS NULL AND "authorisationId" IS NULL AND "messageId" IS NULL AND "createdAt" < ${olderThan}
        ORDER BY "createdAt"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED
      )
      AND "claimId" IS NULL AND "authorisationId" IS NULL AND "messageId" IS NULL
      RETURNING "storageKey"`;
    for (const { storageKey } of rows) {
      // A file that cannot be removed now is only wasted space; the row is gone, so no one can read it.
      await store.delete(storageKey).catch((error: unknown) => console.error(`[documents] could not delete ${storageKey}`, error));
    }
    deleted += rows.length;
    if (rows.length < BATCH) break;
  }
  await store.sweepTemp(olderThan);
  // Reservations of uploads whose process died (they already stopped counting at expiresAt).
  await db.uploadReservation.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return deleted;
}
