import { uploadDocumentResponse } from "@/lib/documents/routes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Upload one file: the raw bytes as the body, `X-File-Name: encodeURIComponent(name)`, optional
 * `?claimId=`. 201 `{ document }` or 4xx `{ error: { messageKey } }`. Logic: lib/documents/routes.ts, upload.ts.
 */
export async function POST(request: Request) {
  return uploadDocumentResponse(request);
}
