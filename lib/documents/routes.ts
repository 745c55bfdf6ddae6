import "server-only";
import { Readable } from "node:stream";
import { clientIp } from "../auth/request-meta";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { documentDownloadQuerySchema, documentUploadQuerySchema, idParamSchema, parseSearchParams } from "../server/route-input";
import { deleteDocumentForUser } from "./delete";
import { openDocumentForUser } from "./download";
import type { DocumentErrorBody } from "./errors";
import { uploadDocument } from "./upload";

/** The document routes (app/api/documents): request in, response out; the decisions are in upload.ts, download.ts and delete.ts. */

const NO_STORE = { "Cache-Control": "no-store" };

const errorResponse = (messageKey: DocumentErrorBody["error"]["messageKey"], status: number) => {
  const body: DocumentErrorBody = { error: { messageKey } };
  return Response.json(body, { status, headers: NO_STORE });
};

// Relative Location: correct behind any proxy/host name.
const signInFirst = (url: URL) => new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent(`${url.pathname}${url.search}`)}`, ...NO_STORE } });

const notFound = () => new Response("Not found", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Upload one file: the raw bytes as the body (not multipart, so it streams to disk and the
 * browser can report progress), `X-File-Name: encodeURIComponent(name)`, optional `?claimId=`.
 * 201 `{ document }` or 4xx `{ error: { messageKey } }`.
 */
export async function uploadDocumentResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const input = documentUploadQuerySchema.safeParse({
    claimId: new URL(request.url).searchParams.get("claimId") ?? undefined,
    contentLength: request.headers.get("content-length") ?? undefined,
  });
  if (!input.success) return user ? errorResponse("documents.errors.notFound", 404) : errorResponse("documents.errors.signedOut", 401);
  const outcome = await uploadDocument(db(), user, {
    body: request.body,
    fileNameHeader: request.headers.get("x-file-name"),
    contentLength: input.data.contentLength ?? null,
    claimId: input.data.claimId ?? null,
    ip: clientIp(request.headers),
  });
  if (outcome.ok) return Response.json({ document: outcome.document }, { status: 201, headers: NO_STORE });
  return errorResponse(outcome.messageKey, outcome.status);
}

/**
 * Download (or, with `?inline=1`, view in the handler console). Access is decided against the
 * loaded record in download.ts; anyone else gets 404. Signed out → sign-in page, then back here.
 */
export async function downloadDocumentResponse(request: Request, params: Promise<{ id: string }>): Promise<Response> {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  const id = idParamSchema.safeParse(await params);
  const query = parseSearchParams(documentDownloadQuerySchema, url);
  if (!id.success || !query) return user ? notFound() : signInFirst(url);
  const outcome = await openDocumentForUser(db(), user, id.data.id, { inline: query.inline === "1", ip: clientIp(request.headers) });
  if (!outcome.ok) return outcome.status === 401 ? signInFirst(url) : notFound();
  return new Response(Readable.toWeb(outcome.body) as ReadableStream<Uint8Array>, { status: 200, headers: outcome.headers });
}

/** The uploader's "remove" (unattached, or on their own draft). 204, or 4xx `{ error: { messageKey } }`. */
export async function deleteDocumentResponse(request: Request, params: Promise<{ id: string }>): Promise<Response> {
  const id = idParamSchema.safeParse(await params);
  if (!id.success) return notFound();
  const outcome = await deleteDocumentForUser(db(), await getCurrentUser(), id.data.id, { ip: clientIp(request.headers) });
  if (outcome.ok) return new Response(null, { status: 204, headers: NO_STORE });
  return errorResponse(outcome.messageKey, outcome.status);
}
