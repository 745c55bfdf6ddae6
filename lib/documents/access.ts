import "server-only";
import type { DocumentResource } from "../access/can";

/** What a Document row (loaded with documentAccessSelect) tells can() about who may read it. */
export interface DocumentAccessRecord {
  ownerUserId: string;
  personId: string | null;
  claim: { personId: string; status: string; submittedById: string; policy: { insurerId: string } } | null;
}

/** The loaded document as can()'s resource ("document.read", "document.preview"; lib/access/can.ts). */
export function documentResource(doc: DocumentAccessRecord): DocumentResource {
  const claim = doc.claim && { personId: doc.claim.personId, status: doc.claim.status, submittedById: doc.claim.submittedById, insurerId: doc.claim.policy.insurerId };
  return { ownerUserId: doc.ownerUserId, personId: doc.personId, claim };
}

export const documentAccessSelect = {
  ownerUserId: true,
  personId: true,
  claimId: true,
  authorisationId: true,
  messageId: true,
  claim: { select: { personId: true, status: true, submittedById: true, policy: { select: { insurerId: true } } } },
} as const;
