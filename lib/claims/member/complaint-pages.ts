import "server-only";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import type { CurrentUser } from "../../auth/current-user.types";
import { db } from "../../db/client";
import { COMPLAINABLE_STATUSES } from "../complaints/rules";
import { loadClaimComplaints, type ClaimComplaints } from "../complaints/view";

export interface MemberComplaints {
  complaints: ClaimComplaints;
  /** The member may complain for this claim's person (ACC-3: acting, not only seeing). */
  canComplain: boolean;
}

/** A decided claim, or one back in review after an upheld complaint: the statuses that can have complaints. */
const WITH_COMPLAINTS = [...COMPLAINABLE_STATUSES, "IN_REVIEW"];

/**
 * For a claim page the member may already see (the caller checked claim.read / settlement.read):
 * its complaints and whether this member may complain. A claim in another status (known from the
 * page's own load) costs no query.
 */
export async function memberComplaints(user: CurrentUser, claimId: string, knownStatus?: string): Promise<MemberComplaints | null> {
  if (knownStatus !== undefined && !WITH_COMPLAINTS.includes(knownStatus)) return null;
  const [claim, actor] = await Promise.all([
    db().claim.findUnique({ where: { id: claimId }, select: { personId: true, status: true, submittedById: true } }),
    loadActor(db(), user),
  ]);
  if (!claim || !WITH_COMPLAINTS.includes(claim.status)) return null;
  const complaints = await loadClaimComplaints(db(), claimId);
  if (claim.status === "IN_REVIEW" && complaints.complaints.length === 0) return null;
  return { complaints, canComplain: can(actor, "complaint.create", claim) };
}
