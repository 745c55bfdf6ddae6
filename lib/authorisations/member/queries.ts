import "server-only";
import { loadActor } from "../../access/actor";
import { can, type Action } from "../../access/can";
import type { HealthDataSubject } from "../../access/health-data";
import { writeAudit, writeAudits } from "../../audit/audit";
import type { CurrentUser } from "../../auth/current-user.types";
import { loadClaimFacts, resolveClaimPolicyId } from "../../cover/facts";
import type { ClaimFacts } from "../../cover/facts.types";
import { categoryLabels, planById } from "../../cover/plan-lookup";
import type { Db } from "../../db/client";
import { loadRequestDetail, type RequestDetail, type RequestListItem } from "../detail";

/** Who the member may check (read) or request (act) for, with the facts of the policy each goes on. */
export async function loadSubjectsWithFacts(db: Db, user: CurrentUser, today: string, action: Extract<Action, "authorisation.check" | "authorisation.create">): Promise<{ subjects: HealthDataSubject[]; factsByPerson: Record<string, ClaimFacts> }> {
  const actor = await loadActor(db, user);
  const subjects: HealthDataSubject[] = [];
  const factsByPerson: Record<string, ClaimFacts> = {};
  for (const subject of actor.healthDataSubjects) {
    if (!can(actor, action, { personId: subject.personId })) continue;
    const policyId = await resolveClaimPolicyId(db, subject.personId, today);
    if (!policyId) continue;
    factsByPerson[subject.personId] = await loadClaimFacts(db, { policyId, personId: subject.personId });
    subjects.push(subject);
  }
  return { subjects, factsByPerson };
}

/** The member's requests (everyone whose health data they may see; drafts only their own); one audit row per person shown. */
export async function listRequestsForMember(db: Db, user: CurrentUser, ip: string): Promise<RequestListItem[]> {
  const actor = await loadActor(db, user);
  const personIds = actor.healthDataSubjects.map((s) => s.personId);
  const rows = await db.authorisation.findMany({
    where: { personId: { in: personIds }, OR: [{ status: { not: "DRAFT" } }, { requestedById: user.userId }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, reference: true, kind: true, status: true, personId: true, requestedById: true, category: true, plannedDate: true, dueAt: true, emergency: true, person: { select: { firstName: true, lastName: true } }, policy: { select: { planId: true } } },
  });
  const visible = rows.filter((row) => can(actor, "authorisation.read", row));
  const items = await Promise.all(
    visible.map(async (row) => ({
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      status: row.status,
      personId: row.personId,
      patientName: `${row.person.firstName} ${row.person.lastName}`,
      treatment: categoryLabels(await planById(db, row.policy.planId), row.category),
      plannedDate: row.plannedDate.toISOString().slice(0, 10),
      dueAt: row.dueAt?.toISOString() ?? null,
      emergency: row.emergency,
    })),
  );
  const byPerson = new Map<string, string[]>();
  for (const item of items) byPerson.set(item.personId, [...(byPerson.get(item.personId) ?? []), item.id]);
  await writeAudits(db, [...byPerson].map(([personId, ids]) => ({ actorUserId: user.userId, action: "authorisation.list", subjectType: "Authorisation", personId, ip, metadata: { ids } })));
  return items;
}

/** One request for the member (their own, their child's, or with consent / power of attorney); null otherwise. The read is audited. */
export async function getRequestForMember(db: Db, user: CurrentUser, id: string, options: { ip: string; via: string }): Promise<{ detail: RequestDetail; canAct: boolean } | null> {
  const [actor, detail] = await Promise.all([loadActor(db, user), loadRequestDetail(db, id)]);
  if (!detail || !can(actor, "authorisation.read", detail)) return null;
  await writeAudit(db, { actorUserId: user.userId, action: "authorisation.read", subjectType: "Authorisation", subjectId: detail.id, personId: detail.personId, ip: options.ip, metadata: { via: options.via } });
  return { detail, canAct: can(actor, "authorisation.respond", detail) };
}
