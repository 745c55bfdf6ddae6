import { Readable } from "node:stream";
import { clientIp } from "@/lib/auth/request-meta";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { deleteDocumentForUser } from "@/lib/documents/delete";
import { openDocumentForUser } from "@/lib/documents/download";
import type { DocumentErrorBody } from "@/lib/documents/errors";
import { documentDownloadQuerySchema, idParamSchema, parseSearchParams } from "@/lib/server/route-input";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

// Relative Location: correct behind any proxy/host name.
const signInFirst = (url: URL) =>
  new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent(`${url.pathname}${url.search}`)}`, "Cache-Control": "no-store" } });

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Download (or, with `?inline=1`, view in the handler console). Access is decided against the
 * loaded record in lib/documents/download.ts; anyone else gets 404. Signed out → sign-in page,
 * then back here.
 */
export async function GET(request: Request, { params }: Context) {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  const id = idParamSchema.safeParse(await params);
  const query = parseSearchParams(documentDownloadQuerySchema, url);
  if (!id.success || !query) return user ? notFound() : signInFirst(url);
  const outcome = await openDocumentForUser(db(), user, id.data.id, {
    inline: query.inline === "1",
    ip: clientIp(request.headers),
  });
  if (!outcome.ok) {
    return outcome.status === 401 ? signInFirst(url) : notFound();
  }
  return new Response(Readable.toWeb(outcome.body) as ReadableStream<Uint8Array>, { status: 200, headers: outcome.headers });
}

/** The uploader's "remove" (unattached, or on their own draft). 204, or 4xx `{ error: { messageKey } }`. */
export async function DELETE(request: Request, { params }: Context) {
  const id = idParamSchema.safeParse(await params);
  if (!id.success) return notFound();
  const outcome = await deleteDocumentForUser(db(), await getCurrentUser(), id.data.id, { ip: clientIp(request.headers) });
  if (outcome.ok) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  const body: DocumentErrorBody = { error: { messageKey: outcome.messageKey } };
  return Response.json(body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
