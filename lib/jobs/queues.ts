/**
 * The pg-boss queue names and their retry policy. One place, so producers (server actions, the
 * sweeper) and consumers (workers in lib/server/background.ts) cannot drift apart.
 */
export const ADJUDICATE_CLAIM_QUEUE = "adjudicate-claim";
export const SWEEP_SUBMITTED_CLAIMS_QUEUE = "sweep-submitted-claims";
export const CLEANUP_UNATTACHED_DOCUMENTS_QUEUE = "cleanup-unattached-documents";
/** Issue 10: the daily age events (15, 18, the plan's child limit): notices and policy events. */
export const AGE_EVENTS_QUEUE = "age-events";

/** Issue 11: the automatic decision on a submitted pre-authorisation / guarantee request (GOP-2). */
export const DECIDE_AUTHORISATION_QUEUE = "decide-authorisation";

/** Issue 13 point 8: a member's data export (ZIP with JSON, FHIR Bundle, documents), and the hourly purge of expired ones. */
export const PRODUCE_DATA_EXPORT_QUEUE = "produce-data-export";
export const PURGE_EXPIRED_EXPORTS_QUEUE = "purge-expired-exports";

/** Issue 12: a confirmed employer CSV import, applied in one transaction. */
export const APPLY_EMPLOYER_IMPORT_QUEUE = "apply-employer-import";

export const ALL_QUEUES = [ADJUDICATE_CLAIM_QUEUE, SWEEP_SUBMITTED_CLAIMS_QUEUE, CLEANUP_UNATTACHED_DOCUMENTS_QUEUE, DECIDE_AUTHORISATION_QUEUE, AGE_EVENTS_QUEUE, APPLY_EMPLOYER_IMPORT_QUEUE, PRODUCE_DATA_EXPORT_QUEUE, PURGE_EXPIRED_EXPORTS_QUEUE] as const;

/** A failed adjudication is retried 5 times: 2 s, 4 s, 8 s, … (exponential backoff). */
export const ADJUDICATION_RETRY = { retryLimit: 5, retryDelay: 2, retryBackoff: true } as const;

/** A job left "active" by a crashed process is retried after this long (pg-boss default: 15 min). */
export const ADJUDICATION_EXPIRE_SECONDS = 120;

export interface AdjudicateClaimJob {
  claimId: string;
}

export interface DecideAuthorisationJob {
  authorisationId: string;
}
