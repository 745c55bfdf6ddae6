import "server-only";
import { can, employerActor, type EmployerResource } from "../access/can";
import type { CurrentUser } from "../auth/current-user.types";
import { planById } from "../cover/plan-lookup";
import type { Db } from "../db/client";
import type { Plan } from "../rules";
import { policyYearContaining, toDay, toIso } from "../rules/dates";
import type { PolicyYear } from "./premium";
import { EmployerRefusal } from "./refusal";
import { isoDay } from "../db/date-column";

/** The employer's group scheme as every employer service needs it (GRP-1). */
export interface SchemeContext {
  employer: { id: string; name: string; cvr: string };
  scheme: { id: string; name: string; premiumPerPersonMinor: number; paidForCount: number };
  policy: { id: string; number: string; startDate: string; renewalDate: string; currency: string; insurerId: string };
  plan: Plan;
  planName: { da: string; en: string };
  /** The policy year containing today (GRP-2). */
  year: PolicyYear;
  /** What can() is asked about the scheme and everything on it. */
  resource: EmployerResource;
  /** can(employer.manage): the pages hide what a view admin may not do (the actions refuse it too). */
  canManage: boolean;
}

/**
 * The signed-in admin's employer and its group scheme (the first one, by creation), authorised with
 * can() against the employer as loaded: an admin of one employer never reaches another's scheme.
 * Null when the admin's employer has no group scheme yet.
 */
export async function loadSchemeOf(db: Db, user: Pick<CurrentUser, "roles" | "employer">, action: "employer.view" | "employer.manage", today: string): Promise<SchemeContext | null> {
  const employerId = user.employer?.id;
  if (!employerId) throw new EmployerRefusal("employer.errors.noEmployer");
  const policy = await db.policy.findFirst({
    where: { employerId, kind: "GROUP", groupSchemeId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, number: true, startDate: true, renewalDate: true, currency: true, insurerId: true, planId: true,
      plan: { select: { nameDa: true, nameEn: true } },
      employer: { select: { id: true, name: true, cvr: true } },
      groupScheme: { select: { id: true, name: true, premiumPerPersonMinor: true, paidForCount: true } },
    },
  });
  if (!policy?.employer || !policy.groupScheme) return null;
  const resource = { employerId: policy.employer.id };
  const actor = employerActor(user);
  if (!can(actor, action, resource)) throw new EmployerRefusal("employer.errors.forbidden");
  const plan = await planById(db, policy.planId);
  const range = policyYearContaining(isoDay(policy.startDate), plan.policyYearBasis, toDay(today));
  return {
    employer: policy.employer,
    scheme: policy.groupScheme,
    policy: { id: policy.id, number: policy.number, startDate: isoDay(policy.startDate), renewalDate: isoDay(policy.renewalDate), currency: policy.currency, insurerId: policy.insurerId },
    plan,
    planName: { da: policy.plan.nameDa, en: policy.plan.nameEn },
    year: { from: toIso(range.from), to: toIso(range.to) },
    resource,
    canManage: can(actor, "employer.manage", resource),
  };
}

/** An admin as a background job sees them (an import's creator): roles, employer and right, read now. */
export async function adminAsLoaded(db: Db, userId: string): Promise<Pick<CurrentUser, "roles" | "employer">> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { roles: true, employer: { select: { id: true, name: true, cvr: true } }, employerAdminRights: { select: { employerId: true, right: true } } },
  });
  const right = user.employerAdminRights.find((r) => r.employerId === user.employer?.id)?.right ?? null;
  return { roles: user.roles, employer: user.employer ? { ...user.employer, right } : null };
}
