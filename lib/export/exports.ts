import "server-only";
import type { Readable } from "node:stream";
import { can, sessionActor } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { documentStore, type DocumentStore } from "../documents/store";
import { Refusal } from "../server/refusal";

/** How long a finished export can be downloaded. */
export const EXPORT_TTL_DAYS = 7;

/** How an export looks on the page. */
export interface DataExportDto {
  id: string;
  status: "PENDING" | "READY" | "FAILED" | "EXPIRED";
  requestedAt: string;
  readyAt: string | null;
  expiresAt: string | null;
  sizeBytes: number | null;
  downloadUrl: string | null;
}

export const exportDownloadUrl = (id: string) => `/api/member/export/${id}`;

/**
 * Asks for an export. Idempotent: the same form key finds the same export, and while one is
 * being prepared a second request (a double click, a second tab) gets that one, decided under a
 * lock on the member's user row so two requests at once still make one. Audited. The caller
 * sends the job after this returns (the row is committed).
 */
export async function requestExport(db: Db, user: CurrentUser, input: { idempotencyKey: string }, meta: { ip: string }): Promise<{ exportId: string; created: boolean }> {
  if (!can(sessionActor(user), "export.request")) throw new Refusal("export.errors.noPerson");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.userId}::uuid FOR UPDATE`;
    const existing = await tx.dataExport.findFirst({
      where: { requestedById: user.userId, OR: [{ idempotencyKey: input.idempotencyKey }, { status: "PENDING" }] },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (existing) return { exportId: existing.id, created: false };
    const row = await tx.dataExport.create({ data: { requestedById: user.userId, idempotencyKey: input.idempotencyKey }, select: { id: true } });
    await writeAudit(tx, { actorUserId: user.userId, action: "export.requested", subjectType: "DataExport", subjectId: row.id, personId: user.person?.id ?? null, ip: meta.ip });
    return { exportId: row.id, created: true };
  });
}

/** The member's exports, newest first (the last ten), with their state as of `now`. */
export async function listExports(db: Db, user: CurrentUser, now = new Date()): Promise<DataExportDto[]> {
  const rows = await db.dataExport.findMany({ where: { requestedById: user.userId }, orderBy: { createdAt: "desc" }, take: 10 });
  return rows.map((row) => {
    const expired = row.status === "READY" && (row.expiresAt === null || row.expiresAt <= now);
    return {
      id: row.id,
      status: expired ? "EXPIRED" : row.status,
      requestedAt: row.createdAt.toISOString(),
      readyAt: row.readyAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      sizeBytes: row.sizeBytes,
      downloadUrl: row.status === "READY" && !expired ? exportDownloadUrl(row.id) : null,
    };
  });
}

/** The export ids still being prepared and older than this (their job may have been lost). */
export async function stalePendingExports(db: Db, olderThan: Date): Promise<string[]> {
  const rows = await db.dataExport.findMany({ where: { status: "PENDING", createdAt: { lt: olderThan } }, select: { id: true }, take: 100 });
  return rows.map((r) => r.id);
}

export type ExportDownload =
  | { ok: true; stream: Readable; sizeBytes: number; fileName: string }
  | { ok: false; reason: "not-found" | "not-ready" | "expired" };

/**
 * Opens an export for its download route: the record is loaded and authorised with can()
 * (`export.download`: only the member who asked; anyone else gets "not-found", as if it did not
 * exist), then its state and expiry are checked against the database. Every download and every
 * refused or expired attempt on one's own export is audited.
 */
export async function openExportDownload(db: Db, user: CurrentUser, exportId: string, meta: { ip: string; now?: Date; store?: DocumentStore }): Promise<ExportDownload> {
  const now = meta.now ?? new Date();
  const row = await db.dataExport.findUnique({ where: { id: exportId } });
  if (!row || !can(sessionActor(user), "export.download", { requestedById: row.requestedById })) return { ok: false, reason: "not-found" };
  const audit = (action: string) => writeAudit(db, { actorUserId: user.userId, action, subjectType: "DataExport", subjectId: row.id, personId: user.person?.id ?? null, ip: meta.ip, metadata: { personIds: row.personIds } });
  if (row.status !== "READY" || !row.storageKey) return { ok: false, reason: "not-ready" };
  if (!row.expiresAt || row.expiresAt <= now || row.purgedAt) {
    await audit("export.downloadExpired");
    return { ok: false, reason: "expired" };
  }
  const stream = (meta.store ?? documentStore()).openReadStream(row.storageKey);
  await audit("export.downloaded");
  return { ok: true, stream, sizeBytes: row.sizeBytes ?? 0, fileName: `member-data-${row.createdAt.toISOString().slice(0, 10)}.zip` };
}
