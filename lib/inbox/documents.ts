import "server-only";
import { loadActor, type LoadedActor } from "../access/actor";
import { can } from "../access/can";
import { writeAudits } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { documentDownloadUrl } from "../documents/urls";

/**
 * The member's document inbox (/member/documents): everything the insurer issued (settlement
 * notes, guarantee-of-payment and approval letters) and everything the member uploaded, of the
 * people whose health data they may see (FAM-7), newest first, paged. One statement for the page
 * and its total; each row is checked with can() as loaded — the same decision the download
 * routes make, so every link listed opens. Downloads go through the existing routes
 * (/api/documents/[id], /api/claims/[id]/settlement-note), which audit each download.
 */

export const INBOX_PAGE_SIZE = 20;

export type InboxItemKind = "settlement_note" | "authorisation_letter" | "uploaded";

export interface InboxItem {
  id: string;
  kind: InboxItemKind;
  /** The uploaded file's kind (INVOICE, REFERRAL, …); null for what the insurer issued. */
  documentKind: string | null;
  name: string;
  personId: string | null;
  /** The claim or authorisation it belongs to (C-…, GOP-…/PA-…). */
  reference: string | null;
  at: string;
  sizeBytes: number | null;
  downloadHref: string;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  page: number;
  pageCount: number;
}

interface Row {
  source: "document" | "settlement";
  id: string;
  name: string;
  documentKind: string | null;
  sizeBytes: number | null;
  at: Date;
  ownerUserId: string | null;
  personId: string | null;
  claimId: string | null;
  claimPersonId: string | null;
  claimStatus: string | null;
  submittedById: string | null;
  insurerId: string | null;
  claimNumber: string | null;
  letterOf: string | null;
  total: number;
}

function allowed(actor: LoadedActor, row: Row): boolean {
  const claim = row.claimId
    ? { personId: row.claimPersonId!, status: row.claimStatus!, submittedById: row.submittedById!, insurerId: row.insurerId! }
    : null;
  if (row.source === "settlement") return claim !== null && can(actor, "settlement.read", claim);
  return can(actor, "document.read", { ownerUserId: row.ownerUserId!, personId: row.personId, claim });
}

function itemOf(row: Row): InboxItem {
  const settlement = row.source === "settlement";
  return {
    id: row.id,
    kind: settlement ? "settlement_note" : row.letterOf ? "authorisation_letter" : "uploaded",
    documentKind: settlement || row.letterOf ? null : row.documentKind,
    name: row.name,
    personId: row.claimPersonId ?? row.personId,
    reference: row.claimNumber ?? row.letterOf,
    at: row.at.toISOString(),
    sizeBytes: row.sizeBytes,
    downloadHref: settlement ? `/api/claims/${row.claimId}/settlement-note` : documentDownloadUrl(row.id),
  };
}

export async function listInbox(db: Db, user: CurrentUser, options: { page?: number; ip: string | null }): Promise<InboxPage> {
  const page = Math.max(1, Math.trunc(options.page ?? 1) || 1);
  const actor = await loadActor(db, user);
  const personIds = actor.healthDataSubjects.map((s) => s.personId);
  if (personIds.length === 0) return { items: [], total: 0, page, pageCount: 0 };
  // The WHERE is document.read / settlement.read as SQL (owner's own uploads, documents and notes
  // of claims of visible persons, drafts only for their writer); can() checks every row again.
  const rows = await db.$queryRaw<Row[]>`
    SELECT *, (count(*) OVER ())::int AS total FROM (
      SELECT 'document' AS source, d.id, d."originalName" AS name, d.kind::text AS "documentKind", d."sizeBytes", d."createdAt" AS at,
             d."ownerUserId", d."personId", d."claimId", c."personId" AS "claimPersonId", c.status::text AS "claimStatus",
             c."submittedById", pol."insurerId", c.number AS "claimNumber", a.reference AS "letterOf"
      FROM "Document" d
      LEFT JOIN "Claim" c ON c.id = d."claimId"
      LEFT JOIN "Policy" pol ON pol.id = c."policyId"
      LEFT JOIN "Authorisation" a ON a."letterDocumentId" = d.id
      WHERE d."attachedAt" IS NOT NULL AND (
        (d."claimId" IS NULL AND d."ownerUserId" = ${user.userId}::uuid AND (d."personId" IS NULL OR d."personId" = ANY(${personIds}::uuid[])))
        OR (c."personId" = ANY(${personIds}::uuid[]) AND (c.status <> 'DRAFT' OR c."submittedById" = ${user.userId}::uuid)))
      UNION ALL
      SELECT 'settlement', s.id, s.number, NULL, NULL, s."issuedAt", NULL, c."personId", c.id, c."personId", c.status::text,
             c."submittedById", pol."insurerId", c.number, NULL
      FROM "SettlementNote" s
      JOIN "Claim" c ON c.id = s."claimId"
      JOIN "Policy" pol ON pol.id = c."policyId"
      WHERE c."personId" = ANY(${personIds}::uuid[])
    ) inbox
    ORDER BY at DESC, id DESC
    LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`;
  const total = rows[0]?.total ?? 0;
  const items = rows.filter((row) => allowed(actor, row)).map(itemOf);
  await auditShown(db, user, items, options.ip);
  return { items, total, page, pageCount: Math.ceil(total / INBOX_PAGE_SIZE) };
}

/** The list names health documents (referrals, prescriptions): one audit row per person shown. */
async function auditShown(db: Db, user: CurrentUser, items: InboxItem[], ip: string | null): Promise<void> {
  const byPerson = new Map<string, string[]>();
  for (const item of items) if (item.personId) byPerson.set(item.personId, [...(byPerson.get(item.personId) ?? []), item.id]);
  await writeAudits(
    db,
    [...byPerson].map(([personId, ids]) => ({ actorUserId: user.userId, action: "documents.list", subjectType: "Person", subjectId: personId, personId, ip, metadata: { ids } })),
  );
}
