import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import { writeAudit } from "../../audit/audit";
import type { CurrentUser } from "../../auth/current-user.types";
import { categoryLabel, planById } from "../../cover/plan-lookup";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { Locale } from "../../i18n/config";
import { isUuid } from "../../server/route-input";
import { parseLineSteps, type ClaimReasonDto, type ClaimStepDto } from "../line-steps";
import { listClaimMessages, type ClaimMessageDto } from "../messages";
import type { ClaimStatusName, TimelineEventInput } from "../timeline";

/** One claim as the member's detail page shows it (FAM-7, audited); the list is ./queries.ts. */

const isoInstant = (date: Date | null) => (date ? date.toISOString() : null);

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

const DETAIL_SELECT = {
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
} satisfies Prisma.ClaimSelect;

type DetailRow = Prisma.ClaimGetPayload<{ select: typeof DETAIL_SELECT }>;

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
  const [actor, claim] = await Promise.all([loadActor(db, user), db.claim.findUnique({ where: { id: claimId }, select: DETAIL_SELECT })]);
  if (!claim || !can(actor, "claim.read", claim)) return null;
  const subject = actor.healthDataSubjects.find((s) => s.personId === claim.personId);

  const [plan, messages] = await Promise.all([
    planById(db, claim.policy.planId).catch(() => null),
    listClaimMessages(db, claim.id),
    writeAudit(db, { actorUserId: user.userId, action: "claim.read", subjectType: "Claim", subjectId: claim.id, personId: claim.personId, ip: options.ip ?? null }),
  ]);
  const label = (code: string) => (plan ? categoryLabel(plan, code, options.locale ?? user.locale) : code);
  return detailOf(claim, { personName: subject?.name ?? "", label, messages });
}

function detailOf(claim: DetailRow, more: { personName: string; label: (code: string) => string; messages: ClaimMessageDto[] }): ClaimDetail {
  const decided = claim.lines.filter((line) => line.memberShareMinor !== null);
  const lastRequest = claim.events.findLast((event) => event.kind === "INFORMATION_REQUESTED");
  const task = claim.tasks[0];
  return {
    id: claim.id,
    number: claim.number,
    status: claim.status,
    personId: claim.personId,
    personName: more.personName,
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
      categoryLabel: more.label(line.category),
      providerName: line.providerName,
      country: line.country,
      currency: line.currency,
      amountMinor: line.amountMinor,
      // A line paying nothing is refused, whatever older decisions stored (issue 14 point 7).
      outcome: line.outcome === "PARTLY_APPROVED" && line.payableMinor === 0 ? "REJECTED" : line.outcome,
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
    messages: more.messages,
    openTask: task ? { id: task.id, text: task.text, createdAt: task.createdAt.toISOString(), ruleId: ruleIdOf(lastRequest?.data) } : null,
    settlementNoteHref: claim.settlementNote ? `/member/claims/${claim.id}/settlement` : null,
  };
}
