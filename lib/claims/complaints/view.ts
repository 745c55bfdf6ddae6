import "server-only";
import type { Db } from "../../db/client";
import { complaintBlock, type ComplaintBlock } from "./rules";

/** A complaint as both sides see it (plain data for the pages). */
export interface ComplaintDto {
  id: string;
  status: "OPEN" | "UPHELD" | "REFUSED";
  reason: string;
  complainantName: string;
  receivedAt: string;
  /** CLM-5: 7 working days after receipt. */
  dueAt: string;
  decidedAt: string | null;
  decisionReasons: string | null;
  documents: { id: string; name: string }[];
}

export interface ClaimComplaints {
  /** Newest first. */
  complaints: ComplaintDto[];
  /** Why no new complaint can be made now, or null (the form shows). */
  block: ComplaintBlock | null;
}

/**
 * The complaints of a claim the caller has already authorised (member or handler side), and
 * whether its current decision can still be complained about. Two statements.
 */
export async function loadClaimComplaints(db: Db, claimId: string): Promise<ClaimComplaints> {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      status: true,
      decidedAt: true,
      complaints: {
        orderBy: { receivedAt: "desc" },
        select: {
          id: true,
          status: true,
          reason: true,
          receivedAt: true,
          dueAt: true,
          decidedAt: true,
          decisionReasons: true,
          documentIds: true,
          complainant: { select: { displayName: true } },
        },
      },
    },
  });
  const documentIds = claim.complaints.flatMap((complaint) => complaint.documentIds);
  const documents = documentIds.length
    ? await db.document.findMany({ where: { id: { in: documentIds }, claimId }, select: { id: true, originalName: true } })
    : [];
  const nameOf = new Map(documents.map((document) => [document.id, document.originalName]));
  return {
    block: complaintBlock(claim),
    complaints: claim.complaints.map((complaint) => ({
      id: complaint.id,
      status: complaint.status,
      reason: complaint.reason,
      complainantName: complaint.complainant.displayName,
      receivedAt: complaint.receivedAt.toISOString(),
      dueAt: complaint.dueAt.toISOString(),
      decidedAt: complaint.decidedAt?.toISOString() ?? null,
      decisionReasons: complaint.decisionReasons,
      documents: complaint.documentIds.flatMap((id) => (nameOf.has(id) ? [{ id, name: nameOf.get(id)! }] : [])),
    })),
  };
}
