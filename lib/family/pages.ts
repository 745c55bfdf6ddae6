import "server-only";
import { notFound } from "next/navigation";
import { can } from "../access/can";
import { ADULT_AGE } from "../access/health-data";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";
import { addDays, ageOn } from "../rules/dates";
import { latestGrantEnd } from "../rules/enrolment/grants";
import { oneSearchParam, requestIp, requestLocale, type PageSearchParams } from "../server/request-context";
import { listGrants, type GrantView } from "./consents";
import { isOnPolicy, loadFamilyOfPerson } from "./family-context";
import { getEnrolmentReview, listPendingEnrolments, type EnrolmentQueueItem, type EnrolmentReview } from "./enrolment-review";
import { loadFamilyOverview, type FamilyOverview } from "./overview";
import type { AddRole } from "./schemas";

/**
 * The family pages, loaded: each page awaits one of these and renders the plain DTO. They sign
 * the user in (requireUser), read the request and ask can() through the services.
 */

export interface FamilyPage {
  locale: Locale;
  today: string;
  overview: FamilyOverview | null;
  /** A flash after a change: "ended", "invited". */
  done: string | undefined;
}

export async function loadFamilyPage(searchParams: Promise<PageSearchParams>): Promise<FamilyPage> {
  const user = await requireUser("MEMBER");
  const today = copenhagenDay();
  const [overview, locale, params] = await Promise.all([loadFamilyOverview(db(), user, today), requestLocale(), searchParams]);
  return { locale, today, overview, done: oneSearchParam(params.done) };
}

export interface AddMemberPage {
  locale: Locale;
  today: string;
  /** The roles the plan offers (FAM-1, FAM-4). */
  roles: AddRole[];
  /** FAM-3 in the browser: the countdown and whether a declaration will be asked for. */
  newborn: { minPolicyMonths: number; registerWithinMonths: number } | null;
  policyStartDate: string;
  mainBirthDate: string;
}

export async function loadAddMemberPage(): Promise<AddMemberPage> {
  const user = await requireUser("MEMBER");
  const today = copenhagenDay();
  const ctx = user.person ? await loadFamilyOfPerson(db(), user.person.id, today) : null;
  if (!ctx || !can({ roles: user.roles, personId: user.person?.id ?? null }, "family.manage", ctx.resource)) notFound();
  const rules = ctx.plan.family;
  const roles: AddRole[] = [
    ...(rules.spouseAllowed ? (["SPOUSE", "PARTNER"] as const) : []),
    ...(rules.childrenAllowed ? (["CHILD", "NEWBORN"] as const) : []),
    ...(rules.parents.available ? (["PARENT"] as const) : []),
  ];
  const main = ctx.members.find((m) => m.personId === user.person!.id)!;
  return { locale: await requestLocale(), today, roles, newborn: rules.newborn ?? null, policyStartDate: ctx.policy.startDate, mainBirthDate: main.birthDate };
}

export interface ConsentsPage {
  locale: Locale;
  today: string;
  latestEnd: string;
  /** Adults on the policy this person may give a consent or power of attorney to. */
  grantees: { personId: string; name: string }[];
  given: GrantView[];
  received: GrantView[];
  done: string | undefined;
}

export async function loadConsentsPage(searchParams: Promise<PageSearchParams>): Promise<ConsentsPage> {
  const user = await requireUser("MEMBER");
  const personId = user.person?.id;
  if (!personId) notFound();
  const today = copenhagenDay();
  const [ctx, grants, locale, params] = await Promise.all([loadFamilyOfPerson(db(), personId, today), listGrants(db(), personId, today), requestLocale(), searchParams]);
  const grantees = (ctx?.members ?? [])
    .filter((m) => m.personId !== personId && isOnPolicy(m, today) && ageOn(m.birthDate, today) >= ADULT_AGE)
    .map((m) => ({ personId: m.personId, name: `${m.firstName} ${m.lastName}` }));
  return { locale, today, latestEnd: latestGrantEnd(today), grantees, ...grants, done: oneSearchParam(params.done) };
}

export interface EndCoverPage {
  locale: Locale;
  today: string;
  enrolmentId: string;
  name: string;
  isMain: boolean;
  /** FAM-6 applies on this plan when the main insured leaves. */
  coInsuredKeepCover: boolean;
  paidUntil: string;
}

export async function loadEndCoverPage(params: Promise<{ enrolmentId: string }>): Promise<EndCoverPage> {
  const user = await requireUser("MEMBER");
  const { enrolmentId } = await params;
  const today = copenhagenDay();
  const ctx = user.person ? await loadFamilyOfPerson(db(), user.person.id, today) : null;
  if (!ctx || !can({ roles: user.roles, personId: user.person?.id ?? null }, "family.manage", ctx.resource)) notFound();
  const member = ctx.members.find((m) => m.enrolmentId === enrolmentId && isOnPolicy(m, today) && m.endDate === null);
  if (!member) notFound();
  return {
    locale: await requestLocale(), today, enrolmentId, name: `${member.firstName} ${member.lastName}`, isMain: member.role === "MAIN",
    coInsuredKeepCover: ctx.plan.family.coInsuredKeepCoverToEndOfPaidPeriod, paidUntil: addDays(ctx.policy.renewalDate, -1),
  };
}

export async function loadEnrolmentQueue(): Promise<{ locale: Locale; items: EnrolmentQueueItem[] }> {
  const user = await requireUser("CLAIMS_HANDLER");
  const [items, locale] = await Promise.all([listPendingEnrolments(db(), user, copenhagenDay()), requestLocale()]);
  return { locale, items };
}

export async function loadEnrolmentReviewPage(params: Promise<{ id: string }>): Promise<{ locale: Locale; review: EnrolmentReview }> {
  const user = await requireUser("CLAIMS_HANDLER");
  const { id } = await params;
  const [ip, locale] = await Promise.all([requestIp(), requestLocale()]);
  const review = /^[0-9a-f-]{36}$/i.test(id) ? await getEnrolmentReview(db(), user, id, { ip }) : null;
  if (!review) notFound();
  return { locale, review };
}
