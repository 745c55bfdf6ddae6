import "server-only";
import { can, sessionActor } from "../access/can";
import { requireUser } from "../auth/session";
import type { CurrentUser } from "../auth/current-user.types";
import { planById } from "../cover/plan-lookup";
import { db, type Db } from "../db/client";
import type { Locale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";
import { planSchema } from "../rules";
import { continuationTerms } from "../rules/enrolment/continuation";
import { requestLocale } from "../server/request-context";
import { individualPlanFor } from "./plans";
import { isoDay } from "../db/date-column";

/** What /member/continuation shows (GRP-4): the offer, what the leaver gets, and what accepting today means. */
export interface ContinuationPage {
  locale: Locale;
  offer: {
    id: string;
    employerName: string;
    deadline: string;
    groupPlanName: string;
    individualPlanName: string | null;
    /** The individual plan's benefits, by name. */
    benefits: string[];
    /** Accepting today: on time, the first day of cover, the pre-existing waiting period's end. */
    today: { onTime: boolean; startDate: string; preExistingWaitingEndsOn: string | null; lateWaitingMonths: number };
    accepted: { at: string; policyNumber: string; startDate: string; preExistingWaitingEndsOn: string | null } | null;
  } | null;
}

const OFFER_SELECT = {
  id: true, personId: true, deadline: true, acceptedAt: true, preExistingWaitingEndsOn: true,
  individualEnrolment: { select: { startDate: true, policy: { select: { number: true } } } },
  groupEnrolment: { select: { policy: { select: { planId: true, insurerId: true, employer: { select: { name: true } } } } } },
} as const;

/** The member's newest offer, authorised with can() on the loaded row (the leaver alone), or null. */
async function newestOffer(database: Db, user: CurrentUser) {
  if (!user.person) return null;
  const offer = await database.continuationOffer.findFirst({ where: { personId: user.person.id }, orderBy: { offeredAt: "desc" }, select: OFFER_SELECT });
  return offer && can(sessionActor(user), "continuation.view", { personId: offer.personId }) ? offer : null;
}

export async function loadContinuationPage(): Promise<ContinuationPage> {
  const user = await requireUser("MEMBER");
  const [locale, offer] = await Promise.all([requestLocale(), newestOffer(db(), user)]);
  if (!offer) return { locale, offer: null };
  const policy = offer.groupEnrolment.policy;
  const groupPlan = await planById(db(), policy.planId);
  const lateWaitingMonths = groupPlan.group?.continuationWaitingMonthsIfLate ?? 0;
  const terms = continuationTerms({ continuationWaitingMonthsIfLate: lateWaitingMonths }, isoDay(offer.deadline), copenhagenDay());
  const individual = await individualPlanFor(db(), policy.insurerId, groupPlan);
  const individualPlan = individual ? planSchema.parse(individual.schedule) : null;
  return {
    locale,
    offer: {
      id: offer.id, employerName: policy.employer?.name ?? "", deadline: isoDay(offer.deadline), groupPlanName: groupPlan.name[locale],
      individualPlanName: individual ? (locale === "da" ? individual.nameDa : individual.nameEn) : null,
      benefits: individualPlan?.benefitCategories.map((c) => c.label[locale]) ?? [],
      today: { onTime: terms.onTime, startDate: terms.startDate, preExistingWaitingEndsOn: terms.waitingPeriods[0]?.endsOn ?? null, lateWaitingMonths },
      accepted: offer.acceptedAt && offer.individualEnrolment
        ? { at: offer.acceptedAt.toISOString(), policyNumber: offer.individualEnrolment.policy.number, startDate: isoDay(offer.individualEnrolment.startDate), preExistingWaitingEndsOn: offer.preExistingWaitingEndsOn ? isoDay(offer.preExistingWaitingEndsOn) : null }
        : null,
    },
  };
}

/** The member home's card: an offer not yet accepted, with its deadline (one indexed query). */
export async function loadOpenContinuationOffer(): Promise<{ deadline: string; onTime: boolean } | null> {
  const user = await requireUser("MEMBER");
  const offer = await newestOffer(db(), user);
  if (!offer || offer.acceptedAt) return null;
  const deadline = isoDay(offer.deadline);
  return { deadline, onTime: copenhagenDay() <= deadline };
}
