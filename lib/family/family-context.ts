import "server-only";
import type { FamilyResource } from "../access/can";
import type { Db } from "../db/client";
import type { EnrolmentRole, EnrolmentStatus } from "../db/generated/client";
import { planById } from "../cover/plan-lookup";
import type { Plan } from "../rules";
import { isoDay } from "../db/date-column";

export interface FamilyMemberRow {
  enrolmentId: string;
  personId: string;
  firstName: string;
  lastName: string;
  memberNumber: string;
  birthDate: string;
  email: string | null;
  role: EnrolmentRole;
  status: EnrolmentStatus;
  startDate: string;
  endDate: string | null;
  hasLogin: boolean;
  /** An activation code was sent and not used yet. */
  invited: boolean;
}

export interface FamilyContext {
  policy: { id: string; number: string; startDate: string; endDate: string | null; renewalDate: string; insurerId: string; kind: "INDIVIDUAL" | "GROUP" };
  plan: Plan;
  planName: { da: string; en: string };
  /** Insurer setting: from this age a child's health data is theirs (default 15). */
  ownHealthDataFromAge: number;
  members: FamilyMemberRow[];
  /** What can() is asked about the family. */
  resource: FamilyResource;
}

/** Cover in force on the day: active, started, not ended. */
export function isCovered(member: Pick<FamilyMemberRow, "status" | "startDate" | "endDate">, today: string): boolean {
  return member.status === "ACTIVE" && member.startDate <= today && (member.endDate === null || member.endDate >= today);
}

/** On the policy today or later (a member whose cover starts next month is on it already). */
export function isOnPolicy(member: Pick<FamilyMemberRow, "status" | "endDate">, today: string): boolean {
  return member.status === "ACTIVE" && (member.endDate === null || member.endDate >= today);
}

/**
 * The family policy of a person (the one they are enrolled on now, main insured's first), with
 * every enrolment on it. Group policies are the employer's (GRP-1): staff are enrolled by the
 * employer, so only individual policies are managed here.
 */
export async function loadFamilyOfPerson(db: Db, personId: string, today: string): Promise<FamilyContext | null> {
  const own = await db.enrolment.findMany({
    where: { personId, status: { in: ["ACTIVE", "PENDING"] }, OR: [{ endDate: null }, { endDate: { gte: new Date(`${today}T00:00:00Z`) } }], policy: { kind: "INDIVIDUAL" } },
    orderBy: [{ role: "asc" }, { startDate: "asc" }],
    select: { policyId: true },
  });
  const first = own[0];
  return first ? loadFamilyOfPolicy(db, first.policyId, today) : null;
}

export async function loadFamilyOfPolicy(db: Db, policyId: string, today: string): Promise<FamilyContext | null> {
  const policy = await db.policy.findUnique({
    where: { id: policyId },
    include: {
      plan: { select: { nameDa: true, nameEn: true } },
      insurer: { select: { childOwnHealthDataFromAge: true } },
      enrolments: {
        orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
        include: {
          person: {
            select: {
              id: true, firstName: true, lastName: true, memberNumber: true, birthDate: true, email: true,
              user: { select: { passwordHash: true } },
              activationCodes: { where: { usedAt: null, expiresAt: { gt: new Date() } }, select: { id: true }, take: 1 },
            },
          },
        },
      },
    },
  });
  if (!policy) return null;
  const members = policy.enrolments.map((e): FamilyMemberRow => ({
    enrolmentId: e.id,
    personId: e.personId,
    firstName: e.person.firstName,
    lastName: e.person.lastName,
    memberNumber: e.person.memberNumber,
    birthDate: isoDay(e.person.birthDate),
    email: e.person.email,
    role: e.role,
    status: e.status,
    startDate: isoDay(e.startDate),
    endDate: e.endDate ? isoDay(e.endDate) : null,
    hasLogin: Boolean(e.person.user?.passwordHash),
    invited: e.person.activationCodes.length > 0,
  }));
  const onPolicy = members.filter((m) => isOnPolicy(m, today));
  const main = onPolicy.find((m) => m.role === "MAIN") ?? members.find((m) => m.role === "MAIN");
  return {
    policy: {
      id: policy.id, number: policy.number, startDate: isoDay(policy.startDate), endDate: policy.endDate ? isoDay(policy.endDate) : null,
      renewalDate: isoDay(policy.renewalDate), insurerId: policy.insurerId, kind: policy.kind,
    },
    plan: await planById(db, policy.planId),
    planName: { da: policy.plan.nameDa, en: policy.plan.nameEn },
    ownHealthDataFromAge: policy.insurer.childOwnHealthDataFromAge,
    members,
    resource: { mainPersonId: main?.personId ?? "", activePersonIds: onPolicy.map((m) => m.personId) },
  };
}
