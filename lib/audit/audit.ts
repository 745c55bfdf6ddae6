import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Whose (health) data was read or changed. */
  personId?: string | null;
  ip?: string | null;
  metadata?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<Db, "auditEvent">;

const row = (entry: AuditEntry) => ({
  actorUserId: entry.actorUserId,
  action: entry.action,
  subjectType: entry.subjectType,
  subjectId: entry.subjectId ?? null,
  personId: entry.personId ?? null,
  ip: entry.ip ?? null,
  metadata: entry.metadata,
});

export async function writeAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: row(entry) });
}

/** Several rows in one statement (a list showing several people's data audits each of them). */
export async function writeAudits(db: AuditWriter, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.auditEvent.createMany({ data: entries.map(row) });
}
