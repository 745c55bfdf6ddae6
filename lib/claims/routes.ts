import "server-only";
import { getTranslations } from "next-intl/server";
import { clientIp } from "../auth/request-meta";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { idParamSchema } from "../server/route-input";
import { requestLocale } from "../server/request-context";
import { loadSettlementNoteFor } from "./settlement";
import { renderSettlementPdf } from "./settlement-pdf";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * CLM-7 settlement note as a PDF download. Same access rule as the member page (the member's own
 * claims and their children's; a handler of the claim's insurer); anyone else — signed out
 * included — gets 404. Audited as a claim read. Never cached: it is health data.
 */
export async function settlementNotePdfResponse(request: Request, params: Promise<{ id: string }>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const id = idParamSchema.safeParse(await params);
  if (!id.success) return notFound();
  const note = await loadSettlementNoteFor(db(), user, id.data.id, { ip: clientIp(request.headers), via: "settlement-pdf" });
  if (!note) return notFound();

  // The language the member reads the portal in (the locale cookie), like the settlement page.
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "settlement" });
  const pdf = await renderSettlementPdf(note, locale, (key, values) => t(key as never, values as never));
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="settlement-note-${note.number}.pdf"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
