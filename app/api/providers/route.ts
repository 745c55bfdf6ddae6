import { providerSearchResponse } from "@/lib/providers/routes";

export const dynamic = "force-dynamic";

/** `GET /api/providers?q=<prefix>` — the claim form's provider search (members only; see lib/providers/routes.ts). */
export async function GET(request: Request) {
  return providerSearchResponse(request);
}
