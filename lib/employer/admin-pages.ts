import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, requireUser } from "../auth/session";
import type { CurrentUser } from "../auth/current-user.types";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { oneSearchParam, requestLocale, type PageSearchParams } from "../server/request-context";
import { listAdmins, ownEmployer, type AdminsView } from "./admins";
import { loadHistory, type HistoryPage } from "./history";
import { findInvitation, type InvitationView } from "./invitations";

/**
 * The loaders of issue 12 point 8's pages: /employer/admins, /employer/history (both of the
 * admin's own employer, can(employer.view) on the employer as loaded) and the public
 * /employer-invitation/[token]. Nothing here selects a health field (GRP-3).
 */
async function viewOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    notFound();
  }
}

export async function loadAdminsPage(): Promise<{ locale: Locale; view: AdminsView }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const [view, locale] = await Promise.all([viewOrNotFound(() => listAdmins(db(), user)), requestLocale()]);
  return { locale, view };
}

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export async function loadHistoryPage(searchParams: Promise<PageSearchParams>): Promise<{ locale: Locale; employerName: string; history: HistoryPage }> {
  const user = await requireUser("EMPLOYER_ADMIN");
  const page = pageSchema.parse(oneSearchParam((await searchParams).page) ?? 1);
  const employer = await viewOrNotFound(() => ownEmployer(db(), user, "employer.view"));
  const [history, locale] = await Promise.all([loadHistory(db(), employer.id, page), requestLocale()]);
  return { locale, employerName: employer.name, history };
}

export async function loadInvitationPage(params: Promise<{ token: string }>): Promise<{ token: string; invitation: InvitationView | null; user: CurrentUser | null }> {
  const { token } = await params;
  const invitation = token.length >= 20 && token.length <= 200 ? await findInvitation(db(), token) : null;
  return { token, invitation, user: await getCurrentUser() };
}
