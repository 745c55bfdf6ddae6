import "server-only";
import { z } from "zod";
import { loadActor } from "../access/actor";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { oneSearchParam, requestIp, requestLocale, type PageSearchParams } from "../server/request-context";
import { listInbox, type InboxPage } from "./documents";

const querySchema = z.object({ page: z.preprocess(oneSearchParam, z.coerce.number().int().min(1).max(10_000).optional()).catch(undefined) });

export interface DocumentsInboxPage {
  locale: Locale;
  inbox: InboxPage;
  /** Names of the people the items belong to (FAM-7: only people the member may see). */
  names: Record<string, string>;
}

/** /member/documents?page=… */
export async function loadDocumentsInboxPage(searchParams: Promise<PageSearchParams>): Promise<DocumentsInboxPage> {
  const user = await requireUser("MEMBER");
  const [query, locale, ip] = await Promise.all([searchParams.then((params) => querySchema.parse(params)), requestLocale(), requestIp()]);
  const database = db();
  const [inbox, actor] = await Promise.all([listInbox(database, user, { page: query.page, ip }), loadActor(database, user)]);
  return { locale, inbox, names: Object.fromEntries(actor.healthDataSubjects.map((s) => [s.personId, s.name])) };
}
