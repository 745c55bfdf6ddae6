import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can, sessionActor } from "../access/can";
import { requireUser } from "../auth/session";
import type { CurrentUser } from "../auth/current-user.types";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";
import { oneSearchParam, requestLocale, type PageSearchParams } from "../server/request-context";
import { loadImport, type ImportView } from "./import";
import { loadSchemeOverview, type SchemeOverview } from "./overview";
import { loadReconciliation, type Reconciliation } from "./reconciliation";
import { loadSchemeOf, type SchemeContext } from "./scheme";
import { staffQuerySchema, type StaffQuery } from "./schemas";
import { listStaff, staffStatus, type StaffPage } from "./staff";
import { isoDay } from "../db/date-column";

/**
 * The employer pages, loaded: each page awaits one of these and renders the plain DTO. They sign
 * the admin in (requireUser), read the request with zod and ask can() through loadSchemeOf
 * against the employer as loaded. Nothing here selects a health field (GRP-3).
 */

interface Base {
  locale: Locale;
  today: string;
}

/** The admin's scheme, or 404 (another employer's, none, or an admin without an employer). */
async function schemeOrNotFound(user: CurrentUser, action: "employer.view" | "employer.manage", today: string): Promise<SchemeContext | null> {
  try {
    return await loadSchemeOf(db(), user, action, today);
  } catch {
    notFound();
  }
}

export async function loadEmployerOverviewPage(): Promise<Base & { displayName: string; overview: SchemeOverview | null; employer: CurrentUser["employer"]; canManage: boolean }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const ctx = user.employer ? await schemeOrNotFound(user, "employer.view", today) : null;
  const [overview, locale] = await Promise.all([ctx ? loadSchemeOverview(db(), ctx, today) : null, requestLocale()]);
  return { locale, today, displayName: user.displayName, overview, employer: user.employer, canManage: ctx?.canManage ?? false };
}

export async function loadStaffPage(searchParams: Promise<PageSearchParams>): Promise<Base & { query: StaffQuery; page: StaffPage; done: string | undefined; canManage: boolean }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const params = await searchParams;
  const query = staffQuerySchema.safeParse({ q: oneSearchParam(params.q), status: oneSearchParam(params.status), after: oneSearchParam(params.after), before: oneSearchParam(params.before) });
  const ctx = await schemeOrNotFound(user, "employer.view", today);
  if (!ctx || !query.success) notFound();
  const [page, locale] = await Promise.all([listStaff(db(), ctx, query.data, today), requestLocale()]);
  return { locale, today, query: query.data, page, done: oneSearchParam(params.done), canManage: ctx.canManage };
}

export interface ChangeFormPage extends Base {
  year: { from: string; to: string };
  employerName: string;
}

export async function loadJoinerPage(): Promise<ChangeFormPage> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const ctx = await schemeOrNotFound(user, "employer.manage", today);
  if (!ctx) notFound();
  return { locale: await requestLocale(), today, year: ctx.year, employerName: ctx.employer.name };
}

export interface LeaverPage extends ChangeFormPage {
  employee: { enrolmentId: string; name: string; employeeNumber: string; startDate: string; endDate: string | null; status: string };
}

export async function loadLeaverPage(params: Promise<{ enrolmentId: string }>): Promise<LeaverPage> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const id = z.uuid().safeParse((await params).enrolmentId);
  const ctx = await schemeOrNotFound(user, "employer.manage", today);
  if (!ctx || !id.success) notFound();
  // Found on the admin's own scheme only: another employer's enrolment id is 404 (GRP-1).
  const row = await db().enrolment.findFirst({
    where: { id: id.data, policyId: ctx.policy.id, role: "EMPLOYEE", employeeNumber: { not: null } },
    select: { id: true, employeeNumber: true, startDate: true, endDate: true, person: { select: { firstName: true, lastName: true } } },
  });
  if (!row) notFound();
  const endDate = row.endDate ? isoDay(row.endDate) : null;
  return {
    locale: await requestLocale(), today, year: ctx.year, employerName: ctx.employer.name,
    employee: { enrolmentId: row.id, name: `${row.person.firstName} ${row.person.lastName}`, employeeNumber: row.employeeNumber!, startDate: isoDay(row.startDate), endDate, status: staffStatus(isoDay(row.startDate), endDate, today) },
  };
}

export interface ImportListItem {
  id: string;
  fileName: string;
  status: string;
  totalRows: number;
  changeRows: number;
  refusedRows: number;
  appliedRows: number;
  createdAt: string;
}

/** The import page: a view admin sees the recent imports (issue 12 point 8), only a manage admin the upload. */
export async function loadImportUploadPage(): Promise<Base & { imports: ImportListItem[]; canManage: boolean }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const ctx = await schemeOrNotFound(user, "employer.view", today);
  if (!ctx) notFound();
  const rows = await db().employerImport.findMany({
    where: { employerId: ctx.employer.id }, orderBy: { createdAt: "desc" }, take: 10,
    select: { id: true, fileName: true, status: true, totalRows: true, changeRows: true, refusedRows: true, appliedRows: true, createdAt: true },
  });
  return { locale: await requestLocale(), today, imports: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), canManage: ctx.canManage };
}

export async function loadImportPage(params: Promise<{ id: string }>): Promise<Base & { imp: ImportView; canManage: boolean }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const imp = await loadImport(db(), user, id.data, today, { withRows: true });
  if (!imp) notFound();
  // The import was found on the admin's own employer: whether they may confirm it is can() on it.
  const canManage = can(sessionActor(user), "employer.manage", { employerId: user.employer!.id });
  return { locale: await requestLocale(), today, imp, canManage };
}

export async function loadReconciliationPage(): Promise<Base & { reconciliation: Reconciliation }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const today = copenhagenDay();
  const ctx = await schemeOrNotFound(user, "employer.view", today);
  if (!ctx) notFound();
  const [reconciliation, locale] = await Promise.all([loadReconciliation(db(), ctx), requestLocale()]);
  return { locale, today, reconciliation };
}
