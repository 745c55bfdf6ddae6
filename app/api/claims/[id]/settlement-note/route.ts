import { settlementNotePdfResponse } from "@/lib/claims/routes";

export const dynamic = "force-dynamic";

/** CLM-7 settlement note as a PDF download, for whoever may read it (else 404); audited, never cached. Logic: lib/claims/routes.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return settlementNotePdfResponse(request, params);
}
