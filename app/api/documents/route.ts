import { clientIp } from "@/lib/auth/request-meta";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { DocumentErrorBody } from "@/lib/documents/errors";
import { uploadDocument } from "@/lib/documents/upload";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Upload one file: the raw bytes as the body (not multipart, so it streams to disk and the
 * browser can report progress), `X-File-Name: encodeURIComponent(name)`, optional `?claimId=`.
 * 201 `{ document }` or 4xx `{ error: { messageKey } }`. Logic: lib/documents/upload.ts.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  const lengthHeader = request.headers.get("content-length");
  const contentLength = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  const outcome = await uploadDocument(db(), user, {
    body: request.body,
    fileNameHeader: request.headers.get("x-file-name"),
    contentLength,
    claimId: new URL(request.url).searchParams.get("claimId"),
    ip: clientIp(request.headers),
  });
  if (outcome.ok) return Response.json({ document: outcome.document }, { status: 201, headers: { "Cache-Control": "no-store" } });
  const body: DocumentErrorBody = { error: { messageKey: outcome.messageKey } };
  return Response.json(body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
