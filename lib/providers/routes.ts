import "server-only";
import { z } from "zod";
import { can, sessionActor } from "../access/can";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { parseSearchParams } from "../server/route-input";
import { PROVIDER_QUERY_MAX, searchProviders } from "./search";

const querySchema = z.object({ q: z.string().trim().transform((q) => q.slice(0, PROVIDER_QUERY_MAX)).default("") });

/**
 * `GET /api/providers?q=<prefix>` — the claim form's provider search. Signed-in members only
 * (others get 404, as if the route did not exist for them). At most 10 providers of the member's
 * insurer whose name starts with q: `{ providers: [{ id, name, speciality, city, inNetwork }] }`.
 */
export async function providerSearchResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const actor = user && sessionActor(user);
  if (!actor?.personId || !can(actor, "provider.search")) {
    return Response.json({ error: { messageKey: "common.errors.generic" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const { q } = parseSearchParams(querySchema, new URL(request.url)) ?? { q: "" };
  const providers = await searchProviders(db(), { personId: actor.personId, query: q });
  return Response.json({ providers }, { headers: { "Cache-Control": "private, no-store" } });
}
