import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/request-meta";
import { loadSettlementNoteFor } from "@/lib/claims/settlement";
import { renderSettlementPdf } from "@/lib/claims/settlement-pdf";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { idParamSchema } from "@/lib/server/route-input";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * CLM-7 settlement note as a PDF download. Same access rule as the member page (the member's own
 * claims and their children's; a handler of the claim's insurer); anyone else — signed out
 * included — gets 404. Audited as a claim read. Never cached: it is health data.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const id = idParamSchema.safeParse(await params);
  if (!id.success) return notFound();
  const note = await loadSettlementNoteFor(db(), user, id.data.id, { ip: clientIp(request.headers), via: "settlement-pdf" });
  if (!note) return notFound();

  // The language the member reads the portal in (the locale cookie), like the settlement page.
  const requested = await getLocale();
  const locale = toLocale(requested);
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
