import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadActor } from "../../access/actor";
import { can } from "../../access/can";
import { writeAudit } from "../../audit/audit";
import { requireUser } from "../../auth/session";
import { db } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { requestIp, requestLocale } from "../../server/request-context";
import { loadRequestDetail, type RequestDetail } from "../detail";
import { listRequestQueue, type RequestQueueItem } from "./queue";

/** The handler's request pages, loaded (thin pages render what these return). */

export async function loadRequestQueuePage(): Promise<{ locale: Locale; items: RequestQueueItem[]; now: string }> {
  const user = await requireUser("CLAIMS_HANDLER");
  return { locale: await requestLocale(), items: await listRequestQueue(db(), user), now: new Date().toISOString() };
}

const requestForReview = cache(async (id: string): Promise<RequestDetail | null> => {
  const user = await requireUser("CLAIMS_HANDLER");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [actor, detail] = await Promise.all([loadActor(db(), user), loadRequestDetail(db(), id)]);
  if (!detail || !can(actor, "authorisation.review", detail)) return null;
  await writeAudit(db(), { actorUserId: user.userId, action: "authorisation.review", subjectType: "Authorisation", subjectId: detail.id, personId: detail.personId, ip: await requestIp() });
  return detail;
});

export async function loadRequestReference(id: string): Promise<string | null> {
  return (await requestForReview(id))?.reference ?? null;
}

export async function loadRequestReviewPage(params: Promise<{ id: string }>): Promise<{ locale: Locale; detail: RequestDetail; documentHref: (documentId: string) => string }> {
  const { id } = await params;
  const detail = await requestForReview(id);
  if (!detail) notFound();
  return { locale: await requestLocale(), detail, documentHref: (documentId) => `/handler/authorisations/${detail.id}/documents/${documentId}` };
}
