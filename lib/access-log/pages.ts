import "server-only";
import { z } from "zod";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { oneSearchParam, requestLocale, type PageSearchParams } from "../server/request-context";
import { loadAccessLog, type AccessLogPage } from "./access-log";

const querySchema = z.object({ page: z.preprocess(oneSearchParam, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined) });

/** /member/access-log?page=… — the signed-in member's own log only. */
export async function loadAccessLogPage(searchParams: Promise<PageSearchParams>): Promise<{ locale: Locale; log: AccessLogPage }> {
  const user = await requireUser("MEMBER");
  const [query, locale] = await Promise.all([searchParams.then((params) => querySchema.parse(params)), requestLocale()]);
  return { locale, log: await loadAccessLog(db(), user, { page: query.page }) };
}
