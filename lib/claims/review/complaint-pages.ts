import "server-only";
import { loadActor } from "../../access/actor";
import { decide } from "../../access/can";
import { requireUser } from "../../auth/session";
import { db } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { requestLocale } from "../../server/request-context";
import { loadClaimComplaints, type ComplaintDto } from "../complaints/view";
import { lastDecider, listComplaintQueue, type ComplaintQueueItem } from "./complaints";

/** The handler home's complaints section: open complaints of the insurer, due first (CLM-5). */
export async function loadComplaintQueue(): Promise<{ items: ComplaintQueueItem[]; locale: Locale }> {
  const user = await requireUser("CLAIMS_HANDLER");
  const [items, locale] = await Promise.all([listComplaintQueue(db(), user), requestLocale()]);
  return { items, locale };
}

export interface HandlerComplaints {
  complaints: ComplaintDto[];
  /** This handler may decide the open complaint; else why not ("own-decision": a colleague decides). */
  decidable: boolean;
  ownDecision: boolean;
}

/**
 * The complaints on a claim the review page has already authorised (claim.review), and whether
 * this handler may decide them (complaint.decide: not about their own decision). Null: none.
 */
export async function loadHandlerComplaints(claimId: string): Promise<HandlerComplaints | null> {
  const user = await requireUser("CLAIMS_HANDLER");
  const { complaints } = await loadClaimComplaints(db(), claimId);
  if (complaints.length === 0) return null;
  const [actor, claim, decider] = await Promise.all([
    loadActor(db(), user),
    db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, policy: { select: { insurerId: true } } } }),
    lastDecider(db(), claimId),
  ]);
  const decision = decide(actor, "complaint.decide", { insurerId: claim.policy.insurerId, status: claim.status, decidedById: decider });
  return { complaints, decidable: decision.allowed, ownDecision: !decision.allowed && decision.reason === "own-decision" };
}
