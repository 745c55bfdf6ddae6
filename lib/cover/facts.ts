import "server-only";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import type { HealthDataSubject } from "../access/health-data";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import type { EnrolmentRole } from "../db/generated/client";
import type { Person } from "../rules";
import { loadApprovedAuthorisations } from "./authorisations";
import { planById } from "./plan-lookup";
import type { ClaimFacts } from "./facts.types";
import { loadSettledHistory } from "./usage";
import { isoDay } from "../db/date-column";

type Reader = Pick<Db, "policy" | "enrolment" | "claimLine" | "authorisation" | "plan">;

const isoOrUndefined = (date: Date | null | undefined) => (date ? isoDay(date) : undefined);

const ROLE: Record<EnrolmentRole, Person["role"]> = {
  MAIN: "main",
  EMPLOYEE: "main",
  SPOUSE: "spouse",
  PARTNER: "spouse",
  CHILD: "child",
  PARENT: "parent",
};

/**
 * The policy a claim for this person goes on: their enrolment covering `today` on an active
 * policy, else their most recent one (a claim may come after cover ended, ELG-6 — the engine
 * decides that). Null when the person is on no policy.
 */
export async function resolveClaimPolicyId(db: Pick<Db, "enrolment">, personId: string, today: string): Promise<string | null> {
  const day = new Date(`${today}T00:00:00.000Z`);
  const enrolments = await db.enrolment.findMany({
    where: { personId },
    orderBy: { startDate: "desc" },
    select: { policyId: true, startDate: true, endDate: true, policy: { select: { status: true } } },
  });
  const current = enrolments.find((e) => e.policy.status === "ACTIVE" && e.startDate <= day && (!e.endDate || e.endDate >= day));
  return (current ?? enrolments[0])?.policyId ?? null;
}

/**
 * Loads, once, every fact the engine needs for a claim of `personId` on `policyId`, as plain
 * JSON (safe to pass to the browser). `excludeClaimId` leaves a claim's own lines out of the
 * history (re-adjudicating a claim must not count it against itself).
 */
export async function loadClaimFacts(db: Reader, input: { policyId: string; personId: string; excludeClaimId?: string }): Promise<ClaimFacts> {
  const policy = await db.policy.findUniqueOrThrow({
    where: { id: input.policyId },
    select: {
      id: true,
      number: true,
      planId: true,
      startDate: true,
      endDate: true,
      addOns: true,
      employer: { select: { cvr: true } },
      enrolments: {
        where: { personId: input.personId },
        orderBy: { startDate: "desc" },
        take: 1,
        select: {
          role: true,
          startDate: true,
          endDate: true,
          waitingPeriodWaivers: true,
          transferredFromInsurer: true,
          person: { select: { birthDate: true } },
          continuedFrom: { select: { preExistingWaitingEndsOn: true, groupEnrolment: { select: { startDate: true, waitingPeriodWaivers: true, transferredFromInsurer: true } } } },
        },
      },
    },
  });
  const enrolment = policy.enrolments[0];
  if (!enrolment) throw new Error(`Person ${input.personId} is not enrolled on policy ${input.policyId}`);

  const [plan, history, authorisations] = await Promise.all([
    planById(db as Db, policy.planId),
    loadSettledHistory(db, input.personId, input.excludeClaimId),
    loadApprovedAuthorisations(db, input.personId, input.policyId),
  ]);

  const policyStart = isoDay(policy.startDate);
  // GRP-4: a continuation carries the group enrolment's waiting periods (and its documented
  // transfer) over; its own "ALL" waiver only marks that none starts anew, which waitingPeriodsFrom says.
  const carried = enrolment.continuedFrom?.groupEnrolment;
  const waived = carried ?? enrolment;
  return {
    policyId: policy.id,
    personId: input.personId,
    plan,
    policy: {
      number: policy.number,
      startDate: policyStart,
      endDate: isoOrUndefined(policy.endDate),
      // The schema keeps add-on codes only; they run from the policy's start.
      addOns: policy.addOns.map((code) => ({ code, startDate: policyStart })),
      specialTermsCoveredConditions: [],
      employerCvr: policy.employer?.cvr,
    },
    person: {
      id: input.personId,
      role: ROLE[enrolment.role],
      birthDate: isoDay(enrolment.person.birthDate),
      enrolment: {
        startDate: isoDay(enrolment.startDate),
        endDate: isoOrUndefined(enrolment.endDate),
        transferFromComparableInsurer: waived.waitingPeriodWaivers.includes("ALL") || Boolean(waived.transferredFromInsurer),
        waitingPeriodsFrom: carried ? isoDay(carried.startDate) : undefined,
        preExistingWaitingEndsOn: isoOrUndefined(enrolment.continuedFrom?.preExistingWaitingEndsOn),
      },
    },
    history,
    ...authorisations,
  };
}

/** Who the member may claim for (FAM-7) and, per person, the facts of the policy their claim goes on. */
export async function loadClaimFormContext(
  db: Db,
  user: CurrentUser,
  today: string,
): Promise<{ subjects: HealthDataSubject[]; factsByPerson: Record<string, ClaimFacts> }> {
  const actor = await loadActor(db, user);
  const subjects: HealthDataSubject[] = [];
  const factsByPerson: Record<string, ClaimFacts> = {};
  for (const subject of actor.healthDataSubjects) {
    if (!can(actor, "claim.create", subject)) continue;
    const policyId = await resolveClaimPolicyId(db, subject.personId, today);
    if (!policyId) continue;
    factsByPerson[subject.personId] = await loadClaimFacts(db, { policyId, personId: subject.personId });
    subjects.push(subject);
  }
  return { subjects, factsByPerson };
}
