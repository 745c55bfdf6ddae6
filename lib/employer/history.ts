import "server-only";
import type { Db } from "../db/client";
import type { EmployerRight } from "../access/can";

/**
 * The employer area's change history (issue 12 point 8): every change — a joiner, a leaver, an
 * import applied, an admin invited, joining, given another right or removed — writes one row in
 * the transaction that makes the change, with who made it. The details are what the page shows:
 * names, employee numbers, dates, e-mail addresses and rights, never anything about health (GRP-3).
 */
export type EmployerChangeDetails =
  | { kind: "joiner_added"; name: string; employeeNumber: string; startDate: string }
  | { kind: "leaver_removed"; name: string; employeeNumber: string; coverEndsOn: string }
  | { kind: "import_applied"; fileName: string; appliedRows: number }
  | { kind: "admin_invited"; email: string; right: EmployerRight }
  | { kind: "admin_joined"; email: string; right: EmployerRight }
  | { kind: "admin_right_changed"; email: string; from: EmployerRight; to: EmployerRight }
  | { kind: "admin_removed"; email: string };

export type EmployerChangeKind = EmployerChangeDetails["kind"];

export async function recordEmployerChange(tx: Pick<Db, "employerChange">, input: { employerId: string; actorUserId: string | null; change: EmployerChangeDetails }): Promise<void> {
  const { kind, ...details } = input.change;
  await tx.employerChange.create({ data: { employerId: input.employerId, actorUserId: input.actorUserId, kind, details } });
}

export interface HistoryEntry {
  id: string;
  at: string;
  actor: string | null;
  change: EmployerChangeDetails;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  page: number;
  hasNext: boolean;
}

export const HISTORY_PAGE_SIZE = 25;

/** Newest first, a page of 25 (the index on employerId, createdAt desc, id desc). */
export async function loadHistory(db: Db, employerId: string, page: number): Promise<HistoryPage> {
  const rows = await db.employerChange.findMany({
    where: { employerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE + 1,
    select: { id: true, kind: true, details: true, createdAt: true, actor: { select: { displayName: true } } },
  });
  return {
    page,
    hasNext: rows.length > HISTORY_PAGE_SIZE,
    entries: rows.slice(0, HISTORY_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actor: r.actor?.displayName ?? null,
      change: { ...(r.details as object), kind: r.kind } as EmployerChangeDetails,
    })),
  };
}
