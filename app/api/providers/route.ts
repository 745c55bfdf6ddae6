import { z } from "zod";
import { can, sessionActor } from "@/lib/access/can";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { PROVIDER_QUERY_MAX, searchProviders } from "@/lib/providers/search";
import { parseSearchParams } from "@/lib/server/route-input";

const querySchema = z.object({ q: z.string().trim().transform((q) => q.slice(0, PROVIDER_QUERY_MAX)).default("") });

export const dynamic = "force-dynamic";

/**
 * `GET /api/providers?q=<prefix>` — the claim form's provider search. Signed-in members only
 * (others get 404, as if the route did not exist for them). At most 10 providers of the member's
 * insurer whose name starts with q: `{ providers: [{ id, name, speciality, city, inNetwork }] }`.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  const actor = user && sessionActor(user);
  if (!actor?.personId || !can(actor, "provider.search")) {
    return Response.json({ error: { messageKey: "common.errors.generic" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const { q } = parseSearchParams(querySchema, new URL(request.url)) ?? { q: "" };
  const providers = await searchProviders(db(), { personId: actor.personId, query: q });
  return Response.json({ providers }, { headers: { "Cache-Control": "private, no-store" } });
}
