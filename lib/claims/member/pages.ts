import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import type { HealthDataSubject } from "../../access/health-data";
import { writeAudit } from "../../audit/audit";
import type { CurrentUser } from "../../auth/current-user.types";
import { requireUser } from "../../auth/session";
import { loadClaimFormContext } from "../../cover/facts";
import type { ClaimFacts } from "../../cover/facts.types";
import { db } from "../../db/client";
import type { UploadedDocument } from "../../documents/types";
import type { Locale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";
import { oneSearchParam, requestIp, requestLocale, type PageSearchParams } from "../../server/request-context";
import { loadSettlementNoteFor, type SettlementNoteView } from "../settlement";
import { buildTimeline, type ClaimStatusName, type Timeline } from "../timeline";
import { getClaimForMember, type ClaimDetail } from "./claim-detail";
import type { ClaimDraftValues } from "./claim-draft-schema";
import { memberComplaints, type MemberComplaints } from "./complaint-pages";
import { listOwnDrafts, loadDraftForEdit } from "./drafts";
import { CLAIM_STATUSES, listClaimsForMember, type ClaimListResult } from "./queries";

/**
 * The member's claim pages, loaded: each page awaits one of these and renders what it returns
 * (plain DTOs). They sign the member in (requireUser), read the request (search params, locale,
 * address) and call the services with the database; a claim the member may not see is 404.
 */

// ---------------------------------------------------------------------------------------------
// The list: /member/claims?person=…&status=…&page=…

const claimsListQuery = z.object({
  person: z.preprocess(oneSearchParam, z.string().optional()),
  status: z.preprocess(oneSearchParam, z.enum(CLAIM_STATUSES).optional()).catch(undefined),
  page: z.preprocess(oneSearchParam, z.string().optional()).transform((text) => {
    const page = Number.parseInt(text ?? "1", 10);
    return Number.isFinite(page) ? page : 1;
  }),
});

export interface ClaimsListPage {
  locale: Locale;
  personId: string | undefined;
  status: ClaimStatusName | undefined;
  /** A person or status filter is set (an empty list then says "no match", not "no claims yet"). */
  filtered: boolean;
  result: ClaimListResult;
}

export async function loadClaimsListPage(searchParams: Promise<PageSearchParams>): Promise<ClaimsListPage> {
  const user = await requireUser("MEMBER");
  const [query, locale, ip] = await Promise.all([searchParams.then((params) => claimsListQuery.parse(params)), requestLocale(), requestIp()]);
  const result = await listClaimsForMember(db(), user, { personId: query.person, status: query.status, page: query.page, locale, ip });
  return { locale, personId: query.person, status: query.status, filtered: Boolean(query.person || query.status), result };
}

// ---------------------------------------------------------------------------------------------
// One claim: /member/claims/[id]?submitted=1 | ?informationSent=1

/** One load (and one audited read) per request, shared by the metadata and the page. */
const claimForMember = cache(async (id: string): Promise<ClaimDetail | null> => {
  const user = await requireUser("MEMBER");
  const [locale, ip] = await Promise.all([requestLocale(), requestIp()]);
  return getClaimForMember(db(), user, id, { locale, ip });
});

/** The claim's number for the page title, or null (the page then answers 404). */
export async function loadClaimNumber(id: string): Promise<string | null> {
  return (await claimForMember(id))?.number ?? null;
}

export interface ClaimDetailPage {
  claim: ClaimDetail;
  locale: Locale;
  timeline: Timeline;
  /** An information request is open: its answer form (and the uploader) shows. */
  awaitingInformation: boolean;
  /** Just submitted / information just sent: the page says so. */
  submitted: boolean;
  informationSent: boolean;
  /** CLM-5: the claim's complaints and the complaint form (decided claims). */
  complaints: MemberComplaints | null;
}

export async function loadClaimDetailPage(params: Promise<{ id: string }>, searchParams: Promise<PageSearchParams>): Promise<ClaimDetailPage> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [claim, locale, user] = await Promise.all([claimForMember(id), requestLocale(), requireUser("MEMBER")]);
  if (!claim) notFound();
  const timeline = buildTimeline({
    status: claim.status,
    events: claim.events,
    submittedAt: claim.submittedAt,
    dueAt: claim.dueAt,
    decidedAt: claim.decidedAt,
    paidAt: claim.paidAt,
    payableTotalMinor: claim.payableTotalMinor,
    now: new Date().toISOString(),
  });
  return {
    claim,
    locale,
    timeline,
    awaitingInformation: claim.status === "INFORMATION_REQUESTED" && Boolean(claim.openTask),
    submitted: oneSearchParam(query.submitted) === "1",
    informationSent: oneSearchParam(query.informationSent) === "1",
    complaints: await memberComplaints(user, claim.id, claim.status),
  };
}

// ---------------------------------------------------------------------------------------------
// The claim form: /member/claims/new and /member/claims/[id]/edit

export interface ClaimFormProps {
  /** Who the member may claim for (FAM-7), as the form's person choice. */
  subjects: Pick<HealthDataSubject, "personId" | "name" | "relation">[];
  factsByPerson: Record<string, ClaimFacts>;
}

async function claimFormProps(user: CurrentUser): Promise<ClaimFormProps> {
  const context = await loadClaimFormContext(db(), user, copenhagenDay());
  return { subjects: context.subjects.map((s) => ({ personId: s.personId, name: s.name, relation: s.relation })), factsByPerson: context.factsByPerson };
}

export interface NewClaimPage {
  locale: Locale;
  /** The member's open drafts, newest first ("continue where you left off"). */
  drafts: { id: string; number: string; updatedAt: string; href: string }[];
  form: ClaimFormProps;
}

export async function loadNewClaimPage(): Promise<NewClaimPage> {
  const user = await requireUser("MEMBER");
  const [locale, form, drafts] = await Promise.all([requestLocale(), claimFormProps(user), listOwnDrafts(db(), user)]);
  return { locale, form, drafts: drafts.map((draft) => ({ ...draft, href: `/member/claims/${draft.id}/edit` })) };
}

export interface EditDraftPage {
  draft: { id: string; number: string; values: ClaimDraftValues; documents: UploadedDocument[] };
  form: ClaimFormProps;
}

/** Resume a draft: only the drafter's own drafts (anything else is 404), with its uploads. The read is audited. */
export async function loadEditDraftPage(params: Promise<{ id: string }>): Promise<EditDraftPage> {
  const { id } = await params;
  const user = await requireUser("MEMBER");
  const draft = await loadDraftForEdit(db(), user, id, await requestLocale());
  if (!draft) notFound();
  await writeAudit(db(), { actorUserId: user.userId, action: "claim.read", subjectType: "Claim", subjectId: draft.id, personId: draft.personId, metadata: { view: "draft-edit" } });
  return { draft: { id: draft.id, number: draft.number, values: draft.values, documents: draft.documents }, form: await claimFormProps(user) };
}

// ---------------------------------------------------------------------------------------------
// The settlement note: /member/claims/[id]/settlement (CLM-7)

export interface SettlementPage {
  note: SettlementNoteView;
  locale: Locale;
  claimHref: string;
  pdfHref: string;
  /** CLM-5: the complaint form on the note, and the complaints made. */
  complaints: MemberComplaints | null;
}

/** The member's own or their child's claim only (FAM-7); else 404. The read is audited. */
export async function loadSettlementPage(params: Promise<{ id: string }>): Promise<SettlementPage> {
  const user = await requireUser("MEMBER");
  const { id } = await params;
  const note = await loadSettlementNoteFor(db(), user, id, { ip: await requestIp(), via: "settlement-page" });
  if (!note) notFound();
  const [locale, complaints] = await Promise.all([requestLocale(), memberComplaints(user, id)]);
  return { note, locale, claimHref: `/member/claims/${id}`, pdfHref: `/api/claims/${id}/settlement-note`, complaints };
}
