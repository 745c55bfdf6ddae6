import { handlerDocumentResponse } from "@/lib/authorisations/routes";

/** A document of a request for its handler (inline with ?inline=1); access and audit in lib/authorisations/routes.ts. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  return handlerDocumentResponse(request, params);
}
