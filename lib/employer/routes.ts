import "server-only";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { loadReconciliation, reconciliationCsv } from "./reconciliation";
import { loadSchemeOf } from "./scheme";

const NO_STORE = { "Cache-Control": "no-store" };
const notFound = () => new Response("Not found", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });

/** GET the reconciliation (GRP-5) as CSV: the admin's own scheme only (can() in loadSchemeOf); anyone else 404. */
export async function reconciliationCsvResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    const url = new URL(request.url);
    return new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent(url.pathname)}`, ...NO_STORE } });
  }
  const ctx = await loadSchemeOf(db(), user, "employer.view", copenhagenDay()).catch(() => null);
  if (!ctx) return notFound();
  const csv = reconciliationCsv(await loadReconciliation(db(), ctx));
  return new Response(csv, {
    headers: { ...NO_STORE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="afstemning-${ctx.employer.cvr}-${ctx.year.from.slice(0, 4)}.csv"` },
  });
}
