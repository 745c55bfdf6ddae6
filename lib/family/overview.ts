import "server-only";
import { can } from "../access/can";
import { ADULT_AGE } from "../access/health-data";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { ageOn, toDay } from "../rules/dates";
import { ageMilestones, upcomingMilestones, type AgeMilestone } from "../rules/enrolment/age-events";
import { waitingPeriodsFrom } from "../rules/enrolment/waiting";
import type { WaitingPeriodKind } from "../rules/schema/plan";
import { isCovered, isOnPolicy, loadFamilyOfPerson, type FamilyContext, type FamilyMemberRow } from "./family-context";
import { listPolicyHistory, type PolicyEventView } from "./history";

export type PremiumStatus = "free_child" | "paying";
export type SeeAccess = "sees" | "sees_and_acts";

export interface FamilyMemberView {
  enrolmentId: string;
  personId: string;
  name: string;
  role: FamilyMemberRow["role"];
  status: FamilyMemberRow["status"];
  birthDate: string;
  age: number;
  startDate: string;
  endDate: string | null;
  covered: boolean;
  waitingPeriods: { kind: WaitingPeriodKind; endsOn: string }[];
  premium: PremiumStatus;
  login: "own" | "invited" | "none";
  /** Whose health data this person sees (FAM-7, ACC-3, §17), and whether they may act for them. */
  sees: { name: string; access: SeeAccess; why: "self" | "child" | "consent" | "power_of_attorney" }[];
  /** Age events within 60 days (15: own health data, 18: adult, the plan's child limit). */
  upcoming: { milestone: AgeMilestone; age: number; on: string; daysLeft: number }[];
  isViewer: boolean;
  /** The main insured may invite this person to their own login (15 and over, none yet). */
  invitable: boolean;
  /** The main insured may end this person's cover. */
  removable: boolean;
}

export interface FamilyOverview {
  policy: FamilyContext["policy"];
  planName: FamilyContext["planName"];
  ownHealthDataFromAge: number;
  canManage: boolean;
  members: FamilyMemberView[];
  history: PolicyEventView[];
}

function premiumOf(ctx: FamilyContext, member: FamilyMemberRow, age: number): PremiumStatus {
  const freeUnder = ctx.plan.family.freeChildUnderAge;
  return member.role === "CHILD" && freeUnder !== undefined && age < freeUnder ? "free_child" : "paying";
}

type GrantRow = { grantorPersonId: string; granteePersonId: string; kind: "HEALTH_DATA_SHARING" | "POWER_OF_ATTORNEY" };

/** What each person on the policy sees of whom: the same rules as healthDataSubjects, for the whole family. */
function seesOf(ctx: FamilyContext, member: FamilyMemberRow, grants: GrantRow[], today: string): FamilyMemberView["sees"] {
  const name = (m: FamilyMemberRow) => `${m.firstName} ${m.lastName}`;
  const out: FamilyMemberView["sees"] = [{ name: name(member), access: "sees_and_acts", why: "self" }];
  const covered = ctx.members.filter((m) => m.personId !== member.personId && isOnPolicy(m, today));
  if (member.role === "MAIN") {
    for (const child of covered.filter((m) => m.role === "CHILD" && ageOn(m.birthDate, today) < Math.min(ctx.ownHealthDataFromAge, ADULT_AGE))) {
      out.push({ name: name(child), access: "sees_and_acts", why: "child" });
    }
  }
  for (const other of covered) {
    const theirs = grants.filter((g) => g.grantorPersonId === other.personId && g.granteePersonId === member.personId);
    if (!theirs.length || out.some((o) => o.name === name(other))) continue;
    const poa = theirs.some((g) => g.kind === "POWER_OF_ATTORNEY");
    out.push({ name: name(other), access: poa ? "sees_and_acts" : "sees", why: poa ? "power_of_attorney" : "consent" });
  }
  return out;
}

/**
 * The family overview (FAM-1…7): every person on the viewer's policy with relationship, birth
 * date, cover, running waiting periods (ELG-2), premium status (FAM-2), login, what each sees of
 * whom, age events ahead, and the policy's history. No health data: only who may see it.
 */
export async function loadFamilyOverview(db: Db, user: CurrentUser, today: string): Promise<FamilyOverview | null> {
  const personId = user.person?.id;
  if (!personId) return null;
  const ctx = await loadFamilyOfPerson(db, personId, today);
  const actor = { roles: user.roles, personId };
  if (!ctx || !can(actor, "family.view", ctx.resource)) return null;
  const canManage = can(actor, "family.manage", ctx.resource);
  const todayDate = new Date(`${today}T00:00:00.000Z`);
  const personIds = ctx.members.map((m) => m.personId);
  const [grants, history] = await Promise.all([
    db.consent.findMany({
      where: {
        grantorPersonId: { in: personIds }, granteePersonId: { in: personIds }, withdrawnAt: null,
        AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: todayDate } }] }, { OR: [{ validTo: null }, { validTo: { gte: todayDate } }] }],
      },
      select: { grantorPersonId: true, granteePersonId: true, kind: true },
    }),
    listPolicyHistory(db, ctx.policy.id),
  ]);
  const visible = ctx.members.filter((m) => m.status !== "ENDED" || (m.endDate !== null && toDay(m.endDate) >= toDay(today) - 365));
  const members = visible.map((m): FamilyMemberView => {
    const age = ageOn(m.birthDate, today);
    const milestones = m.role === "CHILD" ? ageMilestones(m.birthDate, { ownHealthDataFrom: ctx.ownHealthDataFromAge, childLimit: ctx.plan.family.freeChildUnderAge }) : [];
    const onPolicy = isOnPolicy(m, today);
    return {
      enrolmentId: m.enrolmentId, personId: m.personId, name: `${m.firstName} ${m.lastName}`, role: m.role, status: m.status,
      birthDate: m.birthDate, age, startDate: m.startDate, endDate: m.endDate, covered: isCovered(m, today),
      waitingPeriods: onPolicy ? waitingPeriodsFrom(ctx.plan, m.startDate, false).filter((w) => toDay(w.endsOn) > toDay(today)) : [],
      premium: premiumOf(ctx, m, age),
      login: m.hasLogin ? "own" : m.invited ? "invited" : "none",
      sees: onPolicy ? seesOf(ctx, m, grants, today) : [],
      upcoming: onPolicy ? upcomingMilestones(milestones, today) : [],
      isViewer: m.personId === personId,
      invitable: canManage && onPolicy && !m.hasLogin && age >= ctx.ownHealthDataFromAge,
      removable: canManage && onPolicy && m.role !== "MAIN" && m.endDate === null,
    };
  });
  return { policy: ctx.policy, planName: ctx.planName, ownHealthDataFromAge: ctx.ownHealthDataFromAge, canManage, members, history };
}
