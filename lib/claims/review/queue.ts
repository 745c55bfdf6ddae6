import "server-only";
import type { Db } from "../../db/client";
import type { ClaimStatus } from "../../db/generated/client";

import { workingDaysBetween } from "../../cover/working-days";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { HandlerActor } from "./access";
import { OPEN_STATUSES } from "./decide";
import { copenhagenDay } from "../../i18n/format";
import { copenhagenDayStart, type QueueFilters } from "./queue-filters";

export interface QueueReason {
  outcome: string;
  ruleIds: string[];
  lineNos: number[];
}

export interface QueueItem {
  id: string;
  number: string;
  status: ClaimStatus;
  patientName: string;
  policyNumber: string;
  submittedAt: string | null;
  dueAt: string | null;
  /** Working days to the 5-working-day target (CLM-5); negative when overdue; null without a due date. */
  workingDaysLeft: number | null;
  claimedTotalMinor: number;
  currency: string;
  reasons: QueueReason[];
  planName: { da: string; en: string };
  /** The handler working on it (null: not taken yet). */
  assignedTo: { id: string; name: string } | null;
}

/** Parses reviewReason ("needs_information: CLM-4 (1); needs_review: CLM-3, ELG-2 (2)") for display. */
export function parseReviewReason(text: string | null): QueueReason[] {
  if (!text) return [];
  const reasons: QueueReason[] = [];
  for (const part of text.split(";")) {
    const match = /^\s*([a-z_ ]+):\s*([A-Z0-9, -]*?)\s*(?:\(([\d, ]+)\))?\s*$/.exec(part);
    if (!match) continue;
    const outcome = match[1]!.trim();
    const ruleIds = (match[2] ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const lineNos = (match[3] ?? "").split(",").map((n) => Number(n.trim())).filter((n) => Number.isInteger(n) && n > 0);
    const same = reasons.find((r) => r.outcome === outcome);
    if (same) {
      for (const id of ruleIds) if (!same.ruleIds.includes(id)) same.ruleIds.push(id);
      same.lineNos.push(...lineNos);
    } else reasons.push({ outcome, ruleIds, lineNos });
  }
  return reasons;
}

/**
 * The handler's work queue: open claims (submitted, in review, waiting for information) of the
 * handler's insurer, most urgent first — by due date, so overdue claims lead. One indexed query
 * (Claim.status + dueAt), no per-row look-ups.
 */
export async function listHandlerQueue(db: Db, actor: HandlerActor, now: Date = new Date(), limit = 200, filters: QueueFilters = {}): Promise<QueueItem[]> {
  const handler = await loadActor(db, actor);
  if (!handler.insurerId || !can(handler, "claim.queue")) return [];
  // The insurer filter is can(handler, "claim.review") as a query: the handler's insurer's claims.
  const rows = await db.claim.findMany({
    where: {
      status: filters.status ? filters.status : { in: OPEN_STATUSES },
      policy: { insurerId: handler.insurerId, ...(filters.plan ? { planId: filters.plan } : {}) },
      ...(filters.overdue ? { dueAt: { lt: copenhagenDayStart(copenhagenDay(now)) } } : {}),
      ...(filters.mine ? { assignedHandlerId: actor.userId } : {}),
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      reviewReason: true,
      claimedTotalMinor: true,
      currency: true,
      person: { select: { firstName: true, lastName: true } },
      policy: { select: { number: true, plan: { select: { nameDa: true, nameEn: true } } } },
      assignedHandler: { select: { id: true, displayName: true } },
    },
  });
  const today = copenhagenDay(now);
  // A claim waiting for the member is not the handler's to act on: it follows the actionable ones.
  const waiting = (row: (typeof rows)[number]) => (row.status === "INFORMATION_REQUESTED" ? 1 : 0);
  const ordered = [...rows].sort((a, b) => waiting(a) - waiting(b));
  return ordered.map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    patientName: `${row.person.firstName} ${row.person.lastName}`,
    policyNumber: row.policy.number,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    workingDaysLeft: row.dueAt ? workingDaysBetween(today, copenhagenDay(row.dueAt)) : null,
    claimedTotalMinor: row.claimedTotalMinor,
    currency: row.currency,
    reasons: parseReviewReason(row.reviewReason),
    planName: { da: row.policy.plan.nameDa, en: row.policy.plan.nameEn },
    assignedTo: row.assignedHandler ? { id: row.assignedHandler.id, name: row.assignedHandler.displayName } : null,
  }));
}
