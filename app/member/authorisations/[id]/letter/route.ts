import { memberLetterResponse } from "@/lib/authorisations/routes";

/** The GOP letter (PDF) of one request: the member's side; access and audit in lib/authorisations/routes.ts. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return memberLetterResponse(request, params);
}
