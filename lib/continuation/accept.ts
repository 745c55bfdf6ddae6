import "server-only";
import { can, sessionActor } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import { planById } from "../cover/plan-lookup";
import type { Db } from "../db/client";
import { nextNumber } from "../db/number-series";
import { addMonths } from "../rules/dates";
import { continuationTerms } from "../rules/enrolment/continuation";
import { Refusal } from "../server/refusal";
import { individualPlanFor } from "./plans";
import { dateColumn, isoDay } from "../db/date-column";

export interface Acceptance {
  policyNumber: string;
  startDate: string;
  onTime: boolean;
  preExistingWaitingEndsOn: string | null;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * GRP-4: the leaver accepts their offer. The offer is loaded and authorised with can() (the
 * leaver alone); under a lock on it, an offer already accepted answers with that acceptance (a
 * double submit is one), else the individual policy and enrolment are written with the terms of
 * the pure rule for today: on time no new waiting period, late the pre-existing one recorded.
 */
export async function acceptContinuation(db: Db, user: CurrentUser, offerId: string, meta: { ip: string; today: string }): Promise<Acceptance> {
  const offer = await db.continuationOffer.findUnique({ where: { id: offerId }, select: { personId: true } });
  if (!offer || !can(sessionActor(user), "continuation.accept", { personId: offer.personId })) throw new Refusal("continuation.errors.notFound");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ContinuationOffer" WHERE id = ${offerId}::uuid FOR UPDATE`;
    const locked = await tx.continuationOffer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        personId: true, deadline: true, acceptedAt: true, preExistingWaitingEndsOn: true,
        individualEnrolment: { select: { startDate: true, policy: { select: { number: true } } } },
        groupEnrolment: { select: { policy: { select: { planId: true, insurerId: true } } } },
      },
    });
    if (locked.acceptedAt) {
      const done = locked.individualEnrolment!;
      return { policyNumber: done.policy.number, startDate: isoDay(done.startDate), onTime: locked.preExistingWaitingEndsOn === null, preExistingWaitingEndsOn: locked.preExistingWaitingEndsOn ? isoDay(locked.preExistingWaitingEndsOn) : null };
    }
    return writeAcceptance(tx, user, offerId, locked, meta);
  });
}

async function writeAcceptance(
  tx: Tx, user: CurrentUser, offerId: string,
  offer: { personId: string; deadline: Date; groupEnrolment: { policy: { planId: string; insurerId: string } } },
  meta: { ip: string; today: string },
): Promise<Acceptance> {
  const groupPlan = await planById(tx as unknown as Db, offer.groupEnrolment.policy.planId);
  const terms = continuationTerms({ continuationWaitingMonthsIfLate: groupPlan.group?.continuationWaitingMonthsIfLate ?? 0 }, isoDay(offer.deadline), meta.today);
  const plan = await individualPlanFor(tx, offer.groupEnrolment.policy.insurerId, groupPlan);
  if (!plan) throw new Refusal("continuation.errors.noPlan");
  const policy = await tx.policy.create({
    data: {
      number: await nextNumber(tx, "P", Number(terms.startDate.slice(0, 4))), insurerId: offer.groupEnrolment.policy.insurerId, planId: plan.id,
      kind: "INDIVIDUAL", status: "ACTIVE", currency: plan.currency, startDate: dateColumn(terms.startDate), renewalDate: dateColumn(addMonths(terms.startDate, 12)),
    },
    select: { id: true, number: true },
  });
  // "ALL": the continuation starts no waiting period of its own; the claims facts (lib/cover/facts.ts)
  // run them from the group enrolment's start and read a late one's pre-existing period off the offer.
  const enrolment = await tx.enrolment.create({
    data: { personId: offer.personId, policyId: policy.id, role: "MAIN", startDate: dateColumn(terms.startDate), waitingPeriodWaivers: ["ALL"], createdByUserId: user.userId },
    select: { id: true },
  });
  const waitingEndsOn = terms.waitingPeriods.find((w) => w.kind === "pre_existing")?.endsOn ?? null;
  const accepted = await tx.continuationOffer.updateMany({
    where: { id: offerId, acceptedAt: null },
    data: { acceptedAt: new Date(), acceptedByUserId: user.userId, individualEnrolmentId: enrolment.id, preExistingWaitingEndsOn: waitingEndsOn ? dateColumn(waitingEndsOn) : null },
  });
  if (accepted.count !== 1) throw new Refusal("continuation.errors.notFound");
  await writeAudit(tx, {
    actorUserId: user.userId, action: "continuation.accepted", subjectType: "ContinuationOffer", subjectId: offerId, personId: offer.personId, ip: meta.ip,
    metadata: { onTime: terms.onTime, startDate: terms.startDate, policyNumber: policy.number, preExistingWaitingEndsOn: waitingEndsOn },
  });
  return { policyNumber: policy.number, startDate: terms.startDate, onTime: terms.onTime, preExistingWaitingEndsOn: waitingEndsOn };
}
