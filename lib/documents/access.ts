import "server-only";
import { handlerMayAccessPolicy, mayAccessHealthDataOf } from "../access/health-data";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";

/** The fields of a Document (and its claim) that decide who may read it. */
export interface DocumentAccessRecord {
  ownerUserId: string;
  personId: string | null;
  claimId: string | null;
  authorisationId: string | null;
  messageId: string | null;
  claim: { personId: string; policyId: string } | null;
}

/**
 * How the user may read this document, or null (→ 404, never 403):
 * - "handler": a claims handler of the insurer behind the claim's policy;
 * - "owner": the uploader, while it is unattached, or attached to a claim of someone whose health
 *   data they may still see (FAM-7 — a child who turned 18 closes it again);
 * - "member": another member who may see the claim's person (e.g. the other parent).
 */
export type DocumentAccess = "handler" | "owner" | "member";

export async function documentAccessFor(db: Db, user: CurrentUser, doc: DocumentAccessRecord): Promise<DocumentAccess | null> {
  if (doc.claim) {
    if (user.roles.includes("CLAIMS_HANDLER") && (await handlerMayAccessPolicy(db, user, doc.claim.policyId))) return "handler";
    if (user.roles.includes("MEMBER") && (await mayAccessHealthDataOf(db, user, doc.claim.personId))) {
      return doc.ownerUserId === user.userId ? "owner" : "member";
    }
    return null;
  }
  if (doc.ownerUserId !== user.userId || !user.roles.includes("MEMBER")) return null;
  // Attached to something else (a pre-authorisation request, a message): still the owner's, as long
  // as they may see whose data it is.
  if (doc.personId && !(await mayAccessHealthDataOf(db, user, doc.personId))) return null;
  return "owner";
}

export const documentAccessSelect = {
  ownerUserId: true,
  personId: true,
  claimId: true,
  authorisationId: true,
  messageId: true,
  claim: { select: { personId: true, policyId: true, status: true, submittedById: true } },
} as const;
