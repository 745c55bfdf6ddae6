import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Every change of the family (FAM-1…7, ACC-3): one dated event on the policy with who made it. */
export type PolicyEventKind =
  | "MEMBER_ADDED"
  | "ENROLMENT_PENDING"
  | "ENROLMENT_ACCEPTED"
  | "ENROLMENT_REFUSED"
  | "COVER_ENDED"
  | "COVER_CONTINUES" // FAM-6
  | "INVITED"
  | "CONSENT_GIVEN"
  | "CONSENT_RENEWED"
  | "CONSENT_WITHDRAWN"
  | "AGE_OWN_HEALTH_DATA"
  | "AGE_ADULT"
  | "AGE_CHILD_LIMIT";

type EventWriter = Pick<Db, "policyEvent">;

export interface PolicyEventInput {
  policyId: string;
  kind: PolicyEventKind;
  personId: string | null;
  actorUserId: string | null;
  effectiveOn: string;
  details?: Prisma.InputJsonValue;
}

export async function recordPolicyEvent(db: EventWriter, event: PolicyEventInput): Promise<void> {
  await db.policyEvent.create({ data: { ...event, effectiveOn: new Date(`${event.effectiveOn}T00:00:00.000Z`) } });
}

export interface PolicyEventView {
  id: string;
  kind: PolicyEventKind;
  personName: string | null;
  actorName: string | null;
  effectiveOn: string;
  at: string;
  details: Record<string, string>;
}

/** The policy's history, newest first, with names (no health data: what changed, when, by whom). */
export async function listPolicyHistory(db: Db, policyId: string, limit = 50): Promise<PolicyEventView[]> {
  const rows = await db.policyEvent.findMany({ where: { policyId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  const personIds = [...new Set(rows.map((r) => r.personId).filter((id): id is string => id !== null))];
  const userIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const [people, users] = await Promise.all([
    db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, firstName: true, lastName: true } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
  ]);
  const personName = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as PolicyEventKind,
    personName: row.personId ? (personName.get(row.personId) ?? null) : null,
    actorName: row.actorUserId ? (userName.get(row.actorUserId) ?? null) : null,
    effectiveOn: row.effectiveOn.toISOString().slice(0, 10),
    at: row.createdAt.toISOString(),
    details: Object.fromEntries(Object.entries((row.details ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
  }));
}
