import { clientIp } from "@/lib/auth/request-meta";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { DocumentErrorBody } from "@/lib/documents/errors";
import { uploadDocument } from "@/lib/documents/upload";
import { documentUploadQuerySchema } from "@/lib/server/route-input";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Upload one file: the raw bytes as the body (not multipart, so it streams to disk and the
 * browser can report progress), `X-File-Name: encodeURIComponent(name)`, optional `?claimId=`.
 * 201 `{ document }` or 4xx `{ error: { messageKey } }`. Logic: lib/documents/upload.ts.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  const input = documentUploadQuerySchema.safeParse({
    claimId: new URL(request.url).searchParams.get("claimId") ?? undefined,
    contentLength: request.headers.get("content-length") ?? undefined,
  });
  if (!input.success) {
    const body: DocumentErrorBody = { error: { messageKey: user ? "documents.errors.notFound" : "documents.errors.signedOut" } };
    return Response.json(body, { status: user ? 404 : 401, headers: { "Cache-Control": "no-store" } });
  }
  const outcome = await uploadDocument(db(), user, {
    body: request.body,
    fileNameHeader: request.headers.get("x-file-name"),
    contentLength: input.data.contentLength ?? null,
    claimId: input.data.claimId ?? null,
    ip: clientIp(request.headers),
  });
  if (outcome.ok) return Response.json({ document: outcome.document }, { status: 201, headers: { "Cache-Control": "no-store" } });
  const body: DocumentErrorBody = { error: { messageKey: outcome.messageKey } };
  return Response.json(body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
