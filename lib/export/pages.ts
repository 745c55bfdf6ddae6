import "server-only";
import { can, sessionActor } from "../access/can";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { z } from "zod";
import { oneSearchParam, requestLocale, type PageSearchParams } from "../server/request-context";
import { EXPORT_TTL_DAYS, listExports, type DataExportDto } from "./exports";

export interface ExportPage {
  locale: Locale;
  /** False for a member account without a person (nothing to export). */
  mayRequest: boolean;
  exports: DataExportDto[];
  /** One is being prepared: the page refreshes itself until it is ready. */
  pending: boolean;
  ttlDays: number;
  /** Sent back here by the download route: the export has expired or is not ready. */
  notice: "expired" | "not-ready" | null;
}

const querySchema = z.object({ expired: z.preprocess(oneSearchParam, z.string().optional()), "not-ready": z.preprocess(oneSearchParam, z.string().optional()) });

/** /member/export: the member's exports and whether they may ask for one. */
export async function loadExportPage(searchParams: Promise<PageSearchParams>): Promise<ExportPage> {
  const user = await requireUser("MEMBER");
  const [locale, exports, query] = await Promise.all([requestLocale(), listExports(db(), user), searchParams.then((params) => querySchema.catch({}).parse(params))]);
  const notice = query.expired ? "expired" : query["not-ready"] ? "not-ready" : null;
  return { locale, mayRequest: can(sessionActor(user), "export.request"), exports, pending: exports.some((e) => e.status === "PENDING"), ttlDays: EXPORT_TTL_DAYS, notice };
}
