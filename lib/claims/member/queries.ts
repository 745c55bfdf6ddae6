import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { HealthDataSubject } from "../../access/health-data";
import { writeAudits } from "../../audit/audit";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { Locale } from "../../i18n/config";
import { categoryLabel, planById } from "../../cover/plan-lookup";
import type { ClaimStatusName } from "../timeline";

/**
 * What a member reads about claims: their own and those of the people whose health data they may
 * see (FAM-7: their children; adults only with consent). Anything else is simply not found.
 * Returns plain DTOs; Prisma types stay here. The list is here, one claim in ./claim-detail.ts.
 */

export const CLAIM_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "DECIDED", "PAID", "WITHDRAWN"] as const satisfies readonly ClaimStatusName[];
export const DEFAULT_PAGE_SIZE = 20;

export function isClaimStatus(value: unknown): value is ClaimStatusName {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}

export interface ClaimPerson {
  personId: string;
  name: string;
  relation: HealthDataSubject["relation"];
}

export interface ClaimListItem {
  id: string;
  number: string;
  status: ClaimStatusName;
  personId: string;
  personName: string;
  /** YYYY-MM-DD of the earliest line, if any. */
  firstTreatmentDate: string | null;
  categories: string[];
  currency: string;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  /** ISO instants. */
  createdAt: string;
  submittedAt: string | null;
  dueAt: string | null;
  /** A draft this user started: the list links to the claim form to continue it. */
  continueHref: string | null;
  href: string;
}

export interface ClaimListResult {
  items: ClaimListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Everyone whose claims this user may see: the person filter's options. */
  persons: ClaimPerson[];
}

export interface ListClaimsOptions {
  personId?: string;
  status?: ClaimStatusName;
  page?: number;
  pageSize?: number;
  locale?: Locale;
  /** The member's address, for the audit rows. */
  ip?: string | null;
}

interface ListRow {
  id: string;
  number: string;
  status: ClaimStatusName;
  personId: string;
  submittedById: string;
  planId: string;
  currency: string;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  createdAt: Date;
  submittedAt: Date | null;
  dueAt: Date | null;
  firstTreatmentDate: Date | null;
  categories: string[] | null;
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const isoInstant = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * One page of claims, newest first, plus the total. Two statements (page and count, run in
 * parallel), both on the Claim(personId, createdAt desc) index; the page's lines are aggregated
 * in the same statement after the LIMIT, and category labels come from the cached plan.
 */
export async function listClaimsForMember(db: Db, user: CurrentUser, options: ListClaimsOptions = {}): Promise<ClaimListResult> {
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE), 1), 100);
  const page = Math.max(Math.trunc(options.page ?? 1) || 1, 1);
  const actor = await loadActor(db, user);
  const subjects = actor.healthDataSubjects;
  const persons = subjects.map(({ personId, name, relation }) => ({ personId, name, relation }));
  const allowed = options.personId ? subjects.filter((subject) => subject.personId === options.personId).map((s) => s.personId) : subjects.map((s) => s.personId);
  if (allowed.length === 0) return { items: [], total: 0, page, pageSize, pageCount: 0, persons };

  const { rows, total } = await queryPage(db, { personIds: allowed, status: options.status, userId: user.userId, page, pageSize });
  const locale = options.locale ?? user.locale;
  const names = new Map(subjects.map((subject) => [subject.personId, subject.name]));
  const plans = new Map(await Promise.all([...new Set(rows.map((row) => row.planId))].map(async (planId) => [planId, await planById(db, planId).catch(() => null)] as const)));

  const items = rows.filter((row) => can(actor, "claim.read", row)).map((row): ClaimListItem => {
    const plan = plans.get(row.planId);
    const ownDraft = row.status === "DRAFT" && row.submittedById === user.userId;
    return {
      id: row.id,
      number: row.number,
      status: row.status,
      personId: row.personId,
      personName: names.get(row.personId) ?? "",
      firstTreatmentDate: isoDay(row.firstTreatmentDate),
      categories: (row.categories ?? []).map((code) => (plan ? categoryLabel(plan, code, locale) : code)),
      currency: row.currency,
      claimedTotalMinor: row.claimedTotalMinor,
      payableTotalMinor: row.payableTotalMinor,
      createdAt: row.createdAt.toISOString(),
      submittedAt: isoInstant(row.submittedAt),
      dueAt: isoInstant(row.dueAt),
      continueHref: ownDraft ? `/member/claims/${row.id}/edit` : null,
      href: ownDraft ? `/member/claims/${row.id}/edit` : `/member/claims/${row.id}`,
    };
  });
  await auditShown(db, user, items, options.ip ?? null);
  return { items, total, page, pageSize, pageCount: Math.ceil(total / pageSize), persons };
}

async function queryPage(
  db: Db,
  query: { personIds: string[]; status?: ClaimStatusName; userId: string; page: number; pageSize: number },
): Promise<{ rows: ListRow[]; total: number }> {
  const personIds = Prisma.sql`c."personId" = ANY(${query.personIds}::uuid[])`;
  const status = query.status && isClaimStatus(query.status) ? Prisma.sql`AND c.status = ${query.status}::"ClaimStatus"` : Prisma.empty;
  // Drafts are private to whoever is writing them. (This WHERE is can(actor, "claim.read") as SQL;
  // the rows are checked with can() again by the caller.)
  const drafts = Prisma.sql`AND (c.status <> 'DRAFT' OR c."submittedById" = ${query.userId}::uuid)`;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT c.*, pol."planId", l."firstTreatmentDate", l.categories
      FROM (
        SELECT c.id, c.number, c.status::text AS status, c."personId", c."submittedById", c."policyId", c.currency, c."claimedTotalMinor",
               c."payableTotalMinor", c."createdAt", c."submittedAt", c."dueAt"
        FROM "Claim" c
        WHERE ${personIds} ${status} ${drafts}
        ORDER BY c."createdAt" DESC, c.id DESC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      ) c
      JOIN "Policy" pol ON pol.id = c."policyId"
      LEFT JOIN LATERAL (
        SELECT min(cl."treatmentDate") AS "firstTreatmentDate", array_agg(DISTINCT cl.category) AS categories
        FROM "ClaimLine" cl WHERE cl."claimId" = c.id
      ) l ON true
      ORDER BY c."createdAt" DESC, c.id DESC`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Claim" c WHERE ${personIds} ${status} ${drafts}`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

/** The list shows health data (treatments, amounts): one audit row per person whose claims it shows. */
async function auditShown(db: Db, user: CurrentUser, items: readonly ClaimListItem[], ip: string | null): Promise<void> {
  const shown = new Map<string, string[]>();
  for (const item of items) shown.set(item.personId, [...(shown.get(item.personId) ?? []), item.id]);
  await writeAudits(
    db,
    [...shown].map(([personId, claims]) => ({
      actorUserId: user.userId,
      action: "claims.list",
      subjectType: "Person",
      subjectId: personId,
      personId,
      ip,
      metadata: { claimIds: claims },
    })),
  );
}
