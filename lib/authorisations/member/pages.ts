import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { HealthDataSubject } from "../../access/health-data";
import { writeAudit } from "../../audit/audit";
import { requireUser } from "../../auth/session";
import type { ClaimFacts } from "../../cover/facts.types";
import { db } from "../../db/client";
import type { UploadedDocument } from "../../documents/types";
import type { Locale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";
import { oneSearchParam, requestIp, requestLocale, type PageSearchParams } from "../../server/request-context";
import type { RequestDetail, RequestListItem } from "../detail";
import type { RequestDraftValues } from "../request-schema";
import { listOwnRequestDrafts, loadRequestDraft } from "./drafts";
import { getRequestForMember, listRequestsForMember, loadSubjectsWithFacts } from "./queries";

/**
 * The member's request pages, loaded: each page awaits one of these and renders the plain DTO.
 * They sign the member in, read the request (search params, locale, address) and call the
 * services; a request the member may not see is 404.
 */

type Subject = Pick<HealthDataSubject, "personId" | "name" | "relation">;
const subjectsOf = (subjects: HealthDataSubject[]): Subject[] => subjects.map((s) => ({ personId: s.personId, name: s.name, relation: s.relation }));

export interface CheckPage {
  locale: Locale;
  today: string;
  subjects: Subject[];
  /** The facts per person (plan, history for the PA-2 counts): the answer is computed in the browser. */
  factsByPerson: Record<string, ClaimFacts>;
}

/** "Do I need pre-approval?" — loading it reads the people's treatment history: audited per person. */
export async function loadCheckPage(): Promise<CheckPage> {
  const user = await requireUser("MEMBER");
  const today = copenhagenDay();
  const [{ subjects, factsByPerson }, locale, ip] = await Promise.all([loadSubjectsWithFacts(db(), user, today, "authorisation.check"), requestLocale(), requestIp()]);
  for (const subject of subjects) await writeAudit(db(), { actorUserId: user.userId, action: "authorisation.check", subjectType: "Person", subjectId: subject.personId, personId: subject.personId, ip });
  return { locale, today, subjects: subjectsOf(subjects), factsByPerson };
}

export interface RequestFormPage {
  locale: Locale;
  today: string;
  subjects: Subject[];
  /** Per person: the plan's treatments (codes, labels, settings) and currency. */
  categoriesByPerson: Record<string, { currency: string; categories: { code: string; label: Record<Locale, string>; settings: string[] }[] }>;
  emergency: boolean;
  /** Prefilled from the check page (?person=&category=&setting=&country=). */
  prefill: Partial<Pick<RequestDraftValues, "personId" | "category" | "setting" | "country">>;
  drafts: { id: string; reference: string; updatedAt: string; href: string }[];
  draft: { id: string; reference: string; values: RequestDraftValues; documents: UploadedDocument[] } | null;
}

/** The request form (/member/authorisations/new[?emergency=1][&draft=<id>]): the people the member may act for (ACC-3). */
export async function loadRequestFormPage(searchParams: Promise<PageSearchParams>): Promise<RequestFormPage> {
  const user = await requireUser("MEMBER");
  const query = await searchParams;
  const today = copenhagenDay();
  const draftId = oneSearchParam(query.draft);
  const [{ subjects, factsByPerson }, locale, drafts, draft] = await Promise.all([
    loadSubjectsWithFacts(db(), user, today, "authorisation.create"),
    requestLocale(),
    listOwnRequestDrafts(db(), user),
    draftId && /^[0-9a-f-]{36}$/i.test(draftId) ? loadRequestDraft(db(), user, draftId) : null,
  ]);
  if (draftId && !draft) notFound();
  if (draft) await writeAudit(db(), { actorUserId: user.userId, action: "authorisation.read", subjectType: "Authorisation", subjectId: draft.id, personId: draft.personId, metadata: { view: "draft-edit" } });
  const setting = oneSearchParam(query.setting);
  return {
    locale,
    today,
    subjects: subjectsOf(subjects),
    categoriesByPerson: Object.fromEntries(
      Object.entries(factsByPerson).map(([personId, facts]) => [personId, { currency: facts.plan.currency, categories: facts.plan.benefitCategories.map((c) => ({ code: c.code, label: c.label, settings: [...c.settings] })) }]),
    ),
    emergency: oneSearchParam(query.emergency) === "1" || Boolean(draft?.values.emergency),
    prefill: {
      personId: oneSearchParam(query.person),
      category: oneSearchParam(query.category),
      setting: setting === "in_patient" || setting === "day_patient" || setting === "out_patient" ? setting : undefined,
      country: oneSearchParam(query.country),
    },
    drafts: drafts.map((d) => ({ ...d, href: `/member/authorisations/new?draft=${d.id}` })),
    draft: draft ? { id: draft.id, reference: draft.reference, values: draft.values, documents: draft.documents } : null,
  };
}

export async function loadRequestListPage(): Promise<{ locale: Locale; items: RequestListItem[] }> {
  const user = await requireUser("MEMBER");
  const [locale, ip] = await Promise.all([requestLocale(), requestIp()]);
  return { locale, items: await listRequestsForMember(db(), user, ip) };
}

const requestForPage = cache(async (id: string) => {
  const user = await requireUser("MEMBER");
  return /^[0-9a-f-]{36}$/i.test(id) ? getRequestForMember(db(), user, id, { ip: await requestIp(), via: "detail-page" }) : null;
});

export async function loadRequestReference(id: string): Promise<string | null> {
  return (await requestForPage(id))?.detail.reference ?? null;
}

export interface RequestDetailPage {
  locale: Locale;
  detail: RequestDetail;
  /** May answer, write, send an invoice (acting for the person: ACC-3). */
  canAct: boolean;
  submitted: boolean;
  letterHref: string | null;
  /** The 48 hours have passed without an answer (GOP-2). */
  overdue: boolean;
}

export async function loadRequestDetailPage(params: Promise<{ id: string }>, searchParams: Promise<PageSearchParams>): Promise<RequestDetailPage> {
  const [{ id }, query, locale] = await Promise.all([params, searchParams, requestLocale()]);
  const found = await requestForPage(id);
  if (!found) notFound();
  return {
    locale,
    detail: found.detail,
    canAct: found.canAct,
    submitted: oneSearchParam(query.submitted) === "1",
    letterHref: found.detail.letterDocumentId ? `/member/authorisations/${found.detail.id}/letter` : null,
    overdue: found.detail.dueAt !== null && new Date(found.detail.dueAt).getTime() < Date.now(),
  };
}
