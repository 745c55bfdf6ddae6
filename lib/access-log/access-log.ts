import "server-only";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";

/**
 * "Who has seen my data": the member's own access log — every audit row about their person
 * (reads of their claims, documents, cover, and changes), who did it in which role, when and
 * what, newest first, paged. Only the signed-in member's own person (from the session); one
 * statement on AuditEvent(personId, createdAt desc) with the total as a window count.
 */

export const ACCESS_LOG_PAGE_SIZE = 25;

export type AccessActor = "self" | "handler" | "member" | "employer" | "system";

export interface AccessLogEntry {
  id: string;
  at: string;
  action: string;
  /** The area of the portal the action belongs to (claim, document, home, …), for its label. */
  area: string;
  /** Whether it was a read (seen) or a change. */
  read: boolean;
  who: AccessActor;
  /** The other person's name (not shown for the member themself or the system). */
  name: string | null;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  total: number;
  page: number;
  pageCount: number;
}

interface Row {
  id: string;
  action: string;
  createdAt: Date;
  actorUserId: string | null;
  displayName: string | null;
  roles: string[] | null;
  total: number;
}

// A data export copies (produced) or hands over (downloaded) the data: the person sees it as read.
const READ = /(^|\.)(read|list|view|review|check|produced|downloaded)$/;

export function actorKind(row: Pick<Row, "actorUserId" | "roles">, userId: string): AccessActor {
  if (row.actorUserId === null) return "system";
  if (row.actorUserId === userId) return "self";
  const roles = row.roles ?? [];
  if (roles.includes("CLAIMS_HANDLER")) return "handler";
  if (roles.includes("MEMBER")) return "member";
  return "employer";
}

export function areaOf(action: string): string {
  const prefix = action.split(".")[0] ?? action;
  return prefix === "claims" ? "claim" : prefix === "documents" ? "document" : prefix;
}

export async function loadAccessLog(db: Db, user: CurrentUser, options: { page?: number } = {}): Promise<AccessLogPage> {
  const page = Math.max(1, Math.trunc(options.page ?? 1) || 1);
  if (!user.person) return { entries: [], total: 0, page, pageCount: 0 };
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id, a.action, a."createdAt", a."actorUserId", u."displayName", u.roles::text[] AS roles, (count(*) OVER ())::int AS total
    FROM "AuditEvent" a
    LEFT JOIN "User" u ON u.id = a."actorUserId"
    WHERE a."personId" = ${user.person.id}::uuid
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${ACCESS_LOG_PAGE_SIZE} OFFSET ${(page - 1) * ACCESS_LOG_PAGE_SIZE}`;
  const total = rows[0]?.total ?? 0;
  return {
    entries: rows.map((row) => {
      const who = actorKind(row, user.userId);
      return { id: row.id, at: row.createdAt.toISOString(), action: row.action, area: areaOf(row.action), read: READ.test(row.action), who, name: who === "self" || who === "system" ? null : row.displayName };
    }),
    total,
    page,
    pageCount: Math.ceil(total / ACCESS_LOG_PAGE_SIZE),
  };
}
