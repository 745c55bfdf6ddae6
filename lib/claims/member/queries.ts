import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { HealthDataSubject } from "../../access/health-data";
import { isUuid } from "../../server/route-input";
import { parseLineSteps, type ClaimReasonDto, type ClaimStepDto } from "../line-steps";
import { writeAudit, writeAudits } from "../../audit/audit";
import type { CurrentUser } from "../../auth/current-user.types";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { Locale } from "../../i18n/config";
import { listClaimMessages, type ClaimMessageDto } from "../messages";
import { categoryLabel, planById } from "../../cover/plan-lookup";
import type { ClaimStatusName, TimelineEventInput } from "../timeline";

/**
 * What a member reads about claims: their own and those of the people whose health data they may
 * see (FAM-7: their children; adults only with consent). Anything else is simply not found.
 * Returns plain DTOs; Prisma types stay here.
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

  const personIds = Prisma.sql`c."personId" = ANY(${allowed}::uuid[])`;
  const status = options.status && isClaimStatus(options.status) ? Prisma.sql`AND c.status = ${options.status}::"ClaimStatus"` : Prisma.empty;
  // Drafts are private to whoever is writing them. (This WHERE is can(actor, "claim.read") as SQL;
  // the rows are checked with can() again below.)
  const drafts = Prisma.sql`AND (c.status <> 'DRAFT' OR c."submittedById" = ${user.userId}::uuid)`;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT c.*, pol."planId", l."firstTreatmentDate", l.categories
      FROM (
        SELECT c.id, c.number, c.status::text AS status, c."personId", c."submittedById", c."policyId", c.currency, c."claimedTotalMinor",
               c."payableTotalMinor", c."createdAt", c."submittedAt", c."dueAt"
        FROM "Claim" c
        WHERE ${personIds} ${status} ${drafts}
        ORDER BY c."createdAt" DESC, c.id DESC
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) c
      JOIN "Policy" pol ON pol.id = c."policyId"
      LEFT JOIN LATERAL (
        SELECT min(cl."treatmentDate") AS "firstTreatmentDate", array_agg(DISTINCT cl.category) AS categories
        FROM "ClaimLine" cl WHERE cl."claimId" = c.id
      ) l ON true
      ORDER BY c."createdAt" DESC, c.id DESC`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Claim" c WHERE ${personIds} ${status} ${drafts}`,
  ]);

  const locale = options.locale ?? user.locale;
  const names = new Map(subjects.map((subject) => [subject.personId, subject.name]));
  const plans = new Map(await Promise.all([...new Set(rows.map((row) => row.planId))].map(async (planId) => [planId, await planById(db, planId).catch(() => null)] as const)));
  const total = counted[0]?.total ?? 0;

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
  // The list shows health data (treatments, amounts): one audit row per person whose claims it shows.
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
      ip: options.ip ?? null,
      metadata: { claimIds: claims },
    })),
  );
  return { items, total, page, pageSize, pageCount: Math.ceil(total / pageSize), persons };
}

export interface ClaimLineDto {
  id: string;
  lineNo: number;
  treatmentDate: string;
  category: string;
  categoryLabel: string;
  providerName: string;
  country: string;
  currency: string;
  amountMinor: number;
  outcome: "APPROVED" | "PARTLY_APPROVED" | "REJECTED" | "NEEDS_INFORMATION" | "NEEDS_REVIEW" | null;
  eligibleMinor: number | null;
  payableMinor: number | null;
  memberShareMinor: number | null;
  steps: ClaimStepDto[];
  reasons: ClaimReasonDto[];
  /** A handler changed the engine's result; the reason (and rule id, if given) is theirs. */
  adjustmentReason: string | null;
  adjustmentRuleId: string | null;
  adjusted: boolean;
}

export interface ClaimDocumentDto {
  id: string;
  originalName: string;
  mimeType: string;
  kind: string;
  sizeBytes: number;
  createdAt: string;
  href: string;
}

export interface ClaimTaskDto {
  id: string;
  text: string;
  createdAt: string;
  ruleId: string | null;
}

export interface ClaimDetail {
  id: string;
  number: string;
  status: ClaimStatusName;
  personId: string;
  personName: string;
  currency: string;
  diagnosis: string | null;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  memberShareTotalMinor: number | null;
  submittedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  createdAt: string;
  /** This user's own unsubmitted draft (continue it in the claim form). */
  continueHref: string | null;
  lines: ClaimLineDto[];
  documents: ClaimDocumentDto[];
  events: TimelineEventInput[];
  messages: ClaimMessageDto[];
  openTask: ClaimTaskDto | null;
  settlementNoteHref: string | null;
}

function lineExplanation(line: { steps: unknown; adjustedById: string | null; adjustmentReason: string | null }) {
  const { steps, reasons, adjustment } = parseLineSteps(line.steps);
  return {
    steps,
    reasons,
    adjusted: line.adjustedById !== null || adjustment !== null,
    adjustmentReason: line.adjustmentReason ?? adjustment?.reason ?? null,
    adjustmentRuleId: adjustment?.ruleId ?? null,
  };
}

function ruleIdOf(data: unknown): string | null {
  if (!data || typeof data !== "object") return null;
  const record = data as Record<string, unknown>;
  if (typeof record.ruleId === "string") return record.ruleId;
  return typeof record.reason === "string" && /^[A-Z]{2,4}-\d+$/.test(record.reason) ? record.reason : null;
}

/**
 * The claim with everything its detail page shows, or null when it does not exist or this member
 * may not see it (the page answers 404 either way). Every successful read is audited.
 */
export async function getClaimForMember(
  db: Db,
  user: CurrentUser,
  claimId: string,
  options: { locale?: Locale; ip?: string | null } = {},
): Promise<ClaimDetail | null> {
  if (!isUuid(claimId)) return null;
  const [actor, claim] = await Promise.all([
    loadActor(db, user),
    db.claim.findUnique({
      where: { id: claimId },
      select: {
        id: true,
        number: true,
        status: true,
        personId: true,
        submittedById: true,
        currency: true,
        diagnosis: true,
        claimedTotalMinor: true,
        payableTotalMinor: true,
        submittedAt: true,
        dueAt: true,
        decidedAt: true,
        paidAt: true,
        createdAt: true,
        policy: { select: { planId: true } },
        lines: {
          orderBy: { lineNo: "asc" },
          select: {
            id: true,
            lineNo: true,
            treatmentDate: true,
            category: true,
            providerName: true,
            country: true,
            currency: true,
            amountMinor: true,
            outcome: true,
            eligibleMinor: true,
            payableMinor: true,
            memberShareMinor: true,
            steps: true,
            adjustedById: true,
            adjustmentReason: true,
          },
        },
        documents: {
          orderBy: { createdAt: "asc" },
          select: { id: true, originalName: true, mimeType: true, kind: true, sizeBytes: true, createdAt: true },
        },
        events: { orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, data: true } },
        tasks: { where: { status: "OPEN" }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, text: true, createdAt: true } },
        settlementNote: { select: { id: true } },
      },
    }),
  ]);
  if (!claim || !can(actor, "claim.read", claim)) return null;
  const subject = actor.healthDataSubjects.find((s) => s.personId === claim.personId);

  const [plan, messages] = await Promise.all([
    planById(db, claim.policy.planId).catch(() => null),
    listClaimMessages(db, claim.id),
    writeAudit(db, { actorUserId: user.userId, action: "claim.read", subjectType: "Claim", subjectId: claim.id, personId: claim.personId, ip: options.ip ?? null }),
  ]);
  const locale = options.locale ?? user.locale;
  const decided = claim.lines.filter((line) => line.memberShareMinor !== null);
  const lastRequest = claim.events.findLast((event) => event.kind === "INFORMATION_REQUESTED");
  const task = claim.tasks[0];

  return {
    id: claim.id,
    number: claim.number,
    status: claim.status,
    personId: claim.personId,
    personName: subject?.name ?? "",
    currency: claim.currency,
    diagnosis: claim.diagnosis,
    claimedTotalMinor: claim.claimedTotalMinor,
    payableTotalMinor: claim.payableTotalMinor,
    memberShareTotalMinor: decided.length ? decided.reduce((sum, line) => sum + (line.memberShareMinor ?? 0), 0) : null,
    submittedAt: isoInstant(claim.submittedAt),
    dueAt: isoInstant(claim.dueAt),
    decidedAt: isoInstant(claim.decidedAt),
    paidAt: isoInstant(claim.paidAt),
    createdAt: claim.createdAt.toISOString(),
    continueHref: claim.status === "DRAFT" ? `/member/claims/${claim.id}/edit` : null,
    lines: claim.lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      treatmentDate: line.treatmentDate.toISOString().slice(0, 10),
      category: line.category,
      categoryLabel: plan ? categoryLabel(plan, line.category, locale) : line.category,
      providerName: line.providerName,
      country: line.country,
      currency: line.currency,
      amountMinor: line.amountMinor,
      outcome: line.outcome,
      eligibleMinor: line.eligibleMinor,
      payableMinor: line.payableMinor,
      memberShareMinor: line.memberShareMinor,
      ...lineExplanation(line),
    })),
    documents: claim.documents.map((document) => ({
      id: document.id,
      originalName: document.originalName,
      mimeType: document.mimeType,
      kind: document.kind,
      sizeBytes: document.sizeBytes,
      createdAt: document.createdAt.toISOString(),
      href: `/api/documents/${document.id}`,
    })),
    events: claim.events.map((event) => ({ kind: event.kind, at: event.createdAt.toISOString(), data: event.data ?? undefined })),
    messages,
    openTask: task ? { id: task.id, text: task.text, createdAt: task.createdAt.toISOString(), ruleId: ruleIdOf(lastRequest?.data) } : null,
    settlementNoteHref: claim.settlementNote ? `/member/claims/${claim.id}/settlement` : null,
  };
}

export type { ClaimReasonDto, ClaimStepDto } from "../line-steps";
