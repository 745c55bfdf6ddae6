import { cardPdfResponse } from "@/lib/member-card/routes";

export const dynamic = "force-dynamic";

/** ACC-2 membership card as a credit-card-size PDF, for a person the member may show (else 404). Logic: lib/member-card/routes.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ personId: string }> }) {
  return cardPdfResponse(request, params);
}
