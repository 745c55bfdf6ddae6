import "server-only";
import { loadActor } from "../../access/actor";
import { can, decide } from "../../access/can";
import type { Db } from "../../db/client";
import { workingDaysBetween } from "../../cover/working-days";
import { copenhagenDay } from "../../i18n/format";
import { kickOutbox } from "../../mail/outbox";
import type { ComplaintDecisionValues } from "../complaints/schemas";
import { queueClaimUpdateMail } from "../mail/notify";
import { HandlerRefusal, type HandlerActor } from "./access";

export interface ComplaintQueueItem {
  complaintId: string;
  claimId: string;
  claimNumber: string;
  patientName: string;
  complainantName: string;
  receivedAt: string;
  dueAt: string;
  /** Working days to the 7-working-day target (CLM-5); negative when overdue. */
  workingDaysLeft: number;
}

/** The handler's open complaints (their insurer's), most urgent first: one indexed query (status, dueAt). */
export async function listComplaintQueue(db: Db, actor: HandlerActor, now = new Date(), limit = 100): Promise<ComplaintQueueItem[]> {
  const handler = await loadActor(db, actor);
  if (!handler.insurerId || !can(handler, "complaint.queue")) return [];
  const rows = await db.claimComplaint.findMany({
    where: { status: "OPEN", claim: { policy: { insurerId: handler.insurerId } } },
    orderBy: [{ dueAt: "asc" }, { receivedAt: "asc" }],
    take: limit,
    select: {
      id: true,
      receivedAt: true,
      dueAt: true,
      complainant: { select: { displayName: true } },
      claim: { select: { id: true, number: true, person: { select: { firstName: true, lastName: true } } } },
    },
  });
  const today = copenhagenDay(now);
  return rows.map((row) => ({
    complaintId: row.id,
    claimId: row.claim.id,
    claimNumber: row.claim.number,
    patientName: `${row.claim.person.firstName} ${row.claim.person.lastName}`,
    complainantName: row.complainant.displayName,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    workingDaysLeft: workingDaysBetween(today, copenhagenDay(row.dueAt)),
  }));
}

/** Who decided the claim last (null: the rules engine): a complaint goes to someone else (CLM-5). */
export async function lastDecider(db: Db, claimId: string): Promise<string | null> {
  const event = await db.claimEvent.findFirst({ where: { claimId, kind: { in: ["DECIDED", "AUTO_DECIDED"] } }, orderBy: { createdAt: "desc" }, select: { actorUserId: true } });
  return event?.actorUserId ?? null;
}

/**
 * Decides an open complaint with reasons: UPHELD puts the claim back in review (IN_REVIEW, due by
 * the complaint's own due date) so the handler decides it again; REFUSED keeps the decision, and
 * the mail names the appeals board. One transaction guarded by a
 * conditional update (a complaint is decided once): the complaint, the COMPLAINT_DECIDED event and
 * the mail to the member who complained, in their language.
 */
export async function decideComplaint(db: Db, actor: HandlerActor, input: ComplaintDecisionValues, now = new Date()): Promise<{ claimId: string; personId: string }> {
  const complaint = await db.claimComplaint.findUnique({
    where: { id: input.complaintId },
    select: { id: true, complainantId: true, dueAt: true, claim: { select: { id: true, personId: true, status: true, policy: { select: { insurerId: true } } } } },
  });
  if (!complaint) throw new HandlerRefusal("complaints.errors.notFound");
  const { claim } = complaint;
  const [handler, decidedById] = await Promise.all([loadActor(db, actor), lastDecider(db, claim.id)]);
  const allowed = decide(handler, "complaint.decide", { insurerId: claim.policy.insurerId, status: claim.status, decidedById });
  // Another insurer's complaint is "not found"; one's own decision gets its own message.
  if (!allowed.allowed) throw new HandlerRefusal(allowed.reason === "own-decision" ? "complaints.errors.ownDecision" : "complaints.errors.notFound");

  await db.$transaction(async (tx) => {
    const moved = await tx.claimComplaint.updateMany({
      where: { id: complaint.id, status: "OPEN" },
      data: { status: input.outcome, decidedAt: now, decidedById: actor.userId, decisionReasons: input.reasons },
    });
    if (moved.count !== 1) throw new HandlerRefusal("complaints.errors.alreadyDecided");
    if (input.outcome === "UPHELD") {
      // Back to review: the handler decides the claim again (the settlement note is then replaced).
      await tx.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW", dueAt: complaint.dueAt, assignedHandlerId: actor.userId } });
    }
    await tx.claimEvent.create({
      data: { claimId: claim.id, kind: "COMPLAINT_DECIDED", actorUserId: actor.userId, createdAt: now, data: { complaintId: complaint.id, outcome: input.outcome } },
    });
    await queueClaimUpdateMail(tx, claim.id, input.outcome === "UPHELD" ? "complaint_upheld" : "complaint_refused", complaint.complainantId);
  });
  kickOutbox(db);
  return { claimId: claim.id, personId: claim.personId };
}
