import "server-only";
import { loadActor, type ActorSource } from "../../access/actor";
import { can } from "../../access/can";
import { categoryLabels, planById } from "../../cover/plan-lookup";
import type { Db } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { hoursLeft, OPEN_STATUSES, type AuthorisationStatusName } from "../status";

export interface RequestQueueItem {
  id: string;
  reference: string;
  kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";
  status: AuthorisationStatusName;
  patientName: string;
  treatment: Record<Locale, string>;
  emergency: boolean;
  topUp: boolean;
  dueAt: string | null;
  /** Hours to the 48-hour answer (GOP-2); negative when overdue. */
  hoursLeft: number | null;
  ruleIds: string[];
}

/**
 * The handler's requests (GOP-2): open requests of their insurer, ordered by time left to the 48
 * hours (overdue first); requests waiting for the member follow the ones the handler can act on.
 * One indexed query (Authorisation.status + dueAt).
 */
export async function listRequestQueue(db: Db, user: ActorSource, now: Date = new Date(), limit = 200): Promise<RequestQueueItem[]> {
  const actor = await loadActor(db, user);
  if (!actor.insurerId || !can(actor, "authorisation.queue")) return [];
  const rows = await db.authorisation.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, policy: { insurerId: actor.insurerId } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }],
    take: limit,
    select: { id: true, reference: true, kind: true, status: true, category: true, emergency: true, topUpOfId: true, dueAt: true, reviewReason: true, person: { select: { firstName: true, lastName: true } }, policy: { select: { planId: true } } },
  });
  const waiting = (status: string) => (status === "INFORMATION_REQUESTED" ? 1 : 0);
  const ordered = [...rows].sort((a, b) => waiting(a.status) - waiting(b.status));
  return Promise.all(
    ordered.map(async (row) => ({
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      status: row.status,
      patientName: `${row.person.firstName} ${row.person.lastName}`,
      treatment: categoryLabels(await planById(db, row.policy.planId), row.category),
      emergency: row.emergency,
      topUp: row.topUpOfId !== null,
      dueAt: row.dueAt?.toISOString() ?? null,
      hoursLeft: row.dueAt ? hoursLeft(row.dueAt, now) : null,
      ruleIds: (row.reviewReason ?? "").split(",").map((r) => r.trim()).filter(Boolean),
    })),
  );
}
