import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { LeaveReason } from "./schemas";
import { isoDay } from "../db/date-column";

/**
 * The set-based writes of joiners and leavers, shared by the forms (one row) and the CSV import
 * (10,000 rows): each kind is one statement over unnest()ed arrays, so an import costs a handful
 * of round trips inside its one transaction, whatever its size.
 */
type Tx = Pick<Db, "$queryRaw" | "$executeRaw">;

export interface NewJoiner {
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string | null;
  employeeNumber: string;
  startDate: string;
}

export interface InsertedJoiner {
  personId: string;
  enrolmentId: string;
  memberNumber: string;
  employeeNumber: string;
}

export interface EndedEnrolment {
  enrolmentId: string;
  coverEndsOn: string;
  reason: LeaveReason;
}

/** Member numbers of employees enrolled online: 8 digits in the 4… range, a block reserved at once. */
async function reserveMemberNumbers(tx: Tx, count: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSeries" (name, value) VALUES ('EMPLOYEE-0', ${count})
    ON CONFLICT (name) DO UPDATE SET value = "NumberSeries".value + ${count}
    RETURNING value`;
  const last = rows[0]!.value;
  return Array.from({ length: count }, (_, i) => `4${String(last - count + 1 + i).padStart(7, "0")}`);
}

export async function insertJoiners(tx: Tx, policyId: string, actorUserId: string, joiners: NewJoiner[]): Promise<InsertedJoiner[]> {
  if (joiners.length === 0) return [];
  const numbers = await reserveMemberNumbers(tx, joiners.length);
  const rows = joiners.map((j, i) => ({ ...j, personId: randomUUID(), enrolmentId: randomUUID(), memberNumber: numbers[i]! }));
  await tx.$executeRaw`
    INSERT INTO "Person" (id, "memberNumber", "firstName", "lastName", "birthDate", email, "updatedAt")
    SELECT id, nr, fn, ln, bd, em, now() FROM unnest(
      ${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.memberNumber)}::text[], ${rows.map((r) => r.firstName)}::text[],
      ${rows.map((r) => r.lastName)}::text[], ${rows.map((r) => r.birthDate)}::date[], ${rows.map((r) => r.email)}::text[]
    ) AS v(id, nr, fn, ln, bd, em)`;
  await tx.$executeRaw`
    INSERT INTO "Enrolment" (id, "personId", "policyId", role, "startDate", "waitingPeriodWaivers", status, "createdByUserId", "employeeNumber", "updatedAt")
    SELECT id, pid, ${policyId}::uuid, 'EMPLOYEE', sd, '{}', 'ACTIVE', ${actorUserId}::uuid, nr, now() FROM unnest(
      ${rows.map((r) => r.enrolmentId)}::uuid[], ${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.startDate)}::date[], ${rows.map((r) => r.employeeNumber)}::text[]
    ) AS v(id, pid, sd, nr)`;
  await recordStaffEvents(tx, policyId, actorUserId, "EMPLOYEE_JOINED", rows.map((r) => ({ personId: r.personId, on: r.startDate, employeeNumber: r.employeeNumber })));
  return rows.map((r) => ({ personId: r.personId, enrolmentId: r.enrolmentId, memberNumber: r.memberNumber, employeeNumber: r.employeeNumber }));
}

/**
 * Ends the enrolments (ELG-4 dates) of the policy. Conditional on the policy, so an id from
 * another scheme changes nothing; returns how many rows changed.
 */
export async function endEnrolments(tx: Tx, policyId: string, actorUserId: string, ended: EndedEnrolment[]): Promise<number> {
  if (ended.length === 0) return 0;
  const changed = await tx.$queryRaw<{ personId: string; endDate: Date; employeeNumber: string }[]>`
    UPDATE "Enrolment" e SET "endDate" = v.ends, "endedByUserId" = ${actorUserId}::uuid, "endReason" = v.reason, "updatedAt" = now()
    FROM unnest(${ended.map((x) => x.enrolmentId)}::uuid[], ${ended.map((x) => x.coverEndsOn)}::date[], ${ended.map((x) => x.reason.toUpperCase())}::text[]) AS v(id, ends, reason)
    WHERE e.id = v.id AND e."policyId" = ${policyId}::uuid AND e.role = 'EMPLOYEE'
    RETURNING e."personId" AS "personId", e."endDate" AS "endDate", e."employeeNumber" AS "employeeNumber"`;
  await recordStaffEvents(tx, policyId, actorUserId, "EMPLOYEE_LEFT", changed.map((r) => ({ personId: r.personId, on: r.endDate.toISOString().slice(0, 10), employeeNumber: r.employeeNumber })));
  return changed.length;
}

/** The policy's history (PolicyEvent), one row per person, without anything about health. */
async function recordStaffEvents(tx: Tx, policyId: string, actorUserId: string, kind: string, rows: { personId: string; on: string; employeeNumber: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "PolicyEvent" (id, "policyId", kind, "personId", "actorUserId", "effectiveOn", details)
    SELECT gen_random_uuid(), ${policyId}::uuid, ${kind}, pid, ${actorUserId}::uuid, d, jsonb_build_object('employeeNumber', nr) FROM unnest(
      ${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.on)}::date[], ${rows.map((r) => r.employeeNumber)}::text[]
    ) AS v(pid, d, nr)`;
}

/** The enrolments of employee numbers on the policy (joiner/leaver checks, the import's dry run). */
export async function enrolmentsByEmployeeNumber(db: Pick<Db, "$queryRaw">, policyId: string, employeeNumbers: string[]): Promise<Map<string, { enrolmentId: string; startDate: string; endDate: string | null }>> {
  if (employeeNumbers.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; nr: string; start: Date; end: Date | null }[]>`
    SELECT id, "employeeNumber" AS nr, "startDate" AS start, "endDate" AS end FROM "Enrolment"
    WHERE "policyId" = ${policyId}::uuid AND "employeeNumber" = ANY(${employeeNumbers}::text[])`;
  return new Map(rows.map((r) => [r.nr, { enrolmentId: r.id, startDate: isoDay(r.start), endDate: r.end ? isoDay(r.end) : null }]));
}
