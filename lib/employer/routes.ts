import "server-only";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { requestLocale } from "../server/request-context";
import { loadReconciliation, reconciliationCsv } from "./reconciliation";
import { renderReconciliationPdf } from "./reconciliation-pdf";
import { loadSchemeOf, type SchemeContext } from "./scheme";

const NO_STORE = { "Cache-Control": "no-store" };
const notFound = () => new Response("Not found", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });

/** The signed-in admin's own scheme (can() in loadSchemeOf), or the answer to send instead: sign in, or 404. */
async function schemeOrAnswer(request: Request): Promise<SchemeContext | Response> {
  const user = await getCurrentUser();
  if (!user) {
    const url = new URL(request.url);
    return new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent(url.pathname)}`, ...NO_STORE } });
  }
  return (await loadSchemeOf(db(), user, "employer.view", copenhagenDay()).catch(() => null)) ?? notFound();
}

/** GET the reconciliation (GRP-5) as CSV: the admin's own scheme only; anyone else 404. */
export async function reconciliationCsvResponse(request: Request): Promise<Response> {
  const ctx = await schemeOrAnswer(request);
  if (ctx instanceof Response) return ctx;
  const csv = reconciliationCsv(await loadReconciliation(db(), ctx));
  return new Response(csv, {
    headers: { ...NO_STORE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="afstemning-${ctx.employer.cvr}-${ctx.year.from.slice(0, 4)}.csv"` },
  });
}

/** GET the reconciliation (GRP-5) as a PDF in the admin's language (the locale the portal is read in). */
export async function reconciliationPdfResponse(request: Request): Promise<Response> {
  const ctx = await schemeOrAnswer(request);
  if (ctx instanceof Response) return ctx;
  const locale = await requestLocale();
  const t = await getTranslations({ locale });
  const pdf = await renderReconciliationPdf(await loadReconciliation(db(), ctx), locale, (key, values) => t(key as never, values as never));
  const name = `${locale === "da" ? "afstemning" : "reconciliation"}-${ctx.employer.cvr}-${ctx.year.from.slice(0, 4)}.pdf`;
  return new Response(Buffer.from(pdf), { headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"` } });
}
