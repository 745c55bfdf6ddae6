import "server-only";
import { writeAudit } from "../../audit/audit";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { listClaimMessages, type ClaimMessageDto } from "../messages";
import { categoryLabels, planById } from "../../cover/plan-lookup";
import type { LineStepsJson } from "../line-steps";
import type { Localised } from "../settlement-content";
import { authoriseHandlerForClaim, type HandlerActor } from "./access";
import { OPEN_STATUSES } from "./decide";
import { proposalFor, type Proposal } from "./proposal";
import type { CalculationStep, Plan, Reason } from "../../rules";
import { isoDay } from "../../db/date-column";

export interface ReviewDocument {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  kind: string;
  lineNos: number[];
}

export interface ReviewLine {
  id: string;
  lineNo: number;
  date: string;
  category: string;
  categoryLabel: Localised;
  setting: string;
  providerName: string;
  country: string;
  amountMinor: number;
  referralPresent: boolean;
  prescriptionPresent: boolean;
  receiptPresent: boolean;
  /** The engine's proposal for the line (null if it cannot be evaluated). */
  proposal: { outcome: string; eligibleMinor: number; payableMinor: number; memberShareMinor: number; steps: CalculationStep[]; reasons: Reason[] } | null;
  /** What was decided, once decided. */
  decided: { outcome: string; payableMinor: number; memberShareMinor: number; adjustmentReason: string | null; steps: LineStepsJson | null } | null;
}

export interface ReviewEvent {
  id: string;
  kind: string;
  at: string;
  actorName: string | null;
  data: unknown;
}

export interface ClaimReview {
  id: string;
  number: string;
  status: string;
  open: boolean;
  patientName: string;
  patientBirthDate: string;
  policyNumber: string;
  submittedByName: string;
  submittedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  currency: string;
  diagnosis: string | null;
  emergency: boolean;
  authorisationReference: string | null;
  otherInsuranceDeclared: boolean;
  otherInsurerName: string | null;
  sygeforsikringDanmark: boolean;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  reviewReason: string | null;
  proposalTotals: { payableMinor: number; pendingMinor: number } | null;
  lines: ReviewLine[];
  documents: ReviewDocument[];
  events: ReviewEvent[];
  messages: ClaimMessageDto[];
  openTask: { id: string; text: string; createdAt: string } | null;
  settlementNoteNumber: string | null;
  /** ELG-2: when the medical adviser's confirmation of an acute serious illness was recorded. */
  acuteIllnessConfirmedAt: string | null;
  /** Who works on the claim (null: nobody has taken it yet). */
  assignedHandler: { id: string; name: string } | null;
}

const REVIEW_INCLUDE = {
  lines: { orderBy: { lineNo: "asc" }, include: { documents: { select: { documentId: true } } } },
  person: { select: { firstName: true, lastName: true, birthDate: true } },
  policy: { select: { number: true, planId: true } },
  submittedBy: { select: { displayName: true } },
  documents: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, mimeType: true, sizeBytes: true, kind: true } },
  events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { displayName: true } } } },
  tasks: { where: { status: "OPEN" }, orderBy: { createdAt: "desc" }, take: 1 },
  settlementNote: { select: { number: true } },
  assignedHandler: { select: { id: true, displayName: true } },
} satisfies Prisma.ClaimInclude;

type ReviewRow = Prisma.ClaimGetPayload<{ include: typeof REVIEW_INCLUDE }>;

/**
 * Everything the review page shows, for a handler of the claim's insurer (else null → 404).
 * The read is audited ("claim.read", whose data = the patient).
 */
export async function loadClaimReview(db: Db, actor: HandlerActor, claimId: string, meta: { ip?: string | null } = {}): Promise<ClaimReview | null> {
  const access = await authoriseHandlerForClaim(db, actor, claimId, "claim.review");
  if (!access) return null;
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: REVIEW_INCLUDE });
  await writeAudit(db, { actorUserId: actor.userId, action: "claim.read", subjectType: "Claim", subjectId: claim.id, personId: claim.personId, ip: meta.ip ?? null, metadata: { via: "handler-review" } });

  const open = OPEN_STATUSES.includes(claim.status);
  const [plan, proposal, messages] = await Promise.all([planById(db, claim.policy.planId), open ? proposalFor(db, claim) : Promise.resolve(null), listClaimMessages(db, claim.id)]);
  const lineNosByDocument = new Map<string, number[]>();
  for (const line of claim.lines) for (const link of line.documents) lineNosByDocument.set(link.documentId, [...(lineNosByDocument.get(link.documentId) ?? []), line.lineNo]);

  return {
    id: claim.id,
    number: claim.number,
    status: claim.status,
    open,
    patientName: `${claim.person.firstName} ${claim.person.lastName}`,
    patientBirthDate: isoDay(claim.person.birthDate),
    policyNumber: claim.policy.number,
    submittedByName: claim.submittedBy.displayName,
    submittedAt: claim.submittedAt?.toISOString() ?? null,
    dueAt: claim.dueAt?.toISOString() ?? null,
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    currency: claim.currency,
    diagnosis: claim.diagnosis,
    emergency: claim.emergency,
    authorisationReference: claim.authorisationReference,
    otherInsuranceDeclared: claim.otherInsuranceDeclared,
    otherInsurerName: claim.otherInsurerName,
    sygeforsikringDanmark: claim.sygeforsikringDanmark,
    claimedTotalMinor: claim.claimedTotalMinor,
    payableTotalMinor: claim.payableTotalMinor,
    reviewReason: claim.reviewReason,
    proposalTotals: proposal ? { payableMinor: proposal.decision.totals.payableMinor, pendingMinor: proposal.decision.totals.pendingMinor } : null,
    lines: claim.lines.map((line) => reviewLineOf(line, { plan, proposal, open })),
    documents: claim.documents.map((doc) => ({ ...doc, kind: doc.kind, lineNos: lineNosByDocument.get(doc.id) ?? [] })),
    events: claim.events.map((event) => ({ id: event.id, kind: event.kind, at: event.createdAt.toISOString(), actorName: event.actor?.displayName ?? null, data: event.data })),
    messages,
    openTask: claim.tasks[0] ? { id: claim.tasks[0].id, text: claim.tasks[0].text, createdAt: claim.tasks[0].createdAt.toISOString() } : null,
    settlementNoteNumber: claim.settlementNote?.number ?? null,
    acuteIllnessConfirmedAt: claim.acuteIllnessConfirmedAt?.toISOString() ?? null,
    assignedHandler: claim.assignedHandler ? { id: claim.assignedHandler.id, name: claim.assignedHandler.displayName } : null,
  };
}

/** A line with the engine's proposal (open claims) or the decision taken (decided ones). */
function reviewLineOf(line: ReviewRow["lines"][number], context: { plan: Plan; proposal: Proposal | null; open: boolean }): ReviewLine {
  const d = context.proposal?.lines.find((p) => p.line.id === line.id)?.decision;
  return {
    id: line.id,
    lineNo: line.lineNo,
    date: isoDay(line.treatmentDate),
    category: line.category,
    categoryLabel: categoryLabels(context.plan, line.category),
    setting: line.setting,
    providerName: line.providerName,
    country: line.country,
    amountMinor: line.amountMinor,
    referralPresent: line.referralPresent,
    prescriptionPresent: line.prescriptionPresent,
    receiptPresent: line.receiptPresent,
    proposal: d ? { outcome: d.outcome, eligibleMinor: d.eligibleMinor, payableMinor: d.payableMinor, memberShareMinor: d.memberShareMinor, steps: d.steps, reasons: d.reasons } : null,
    decided:
      line.outcome && line.payableMinor !== null && !context.open
        ? { outcome: line.outcome, payableMinor: line.payableMinor, memberShareMinor: line.memberShareMinor ?? line.amountMinor - line.payableMinor, adjustmentReason: line.adjustmentReason, steps: (line.steps as unknown as LineStepsJson | null) ?? null }
        : null,
  };
}
