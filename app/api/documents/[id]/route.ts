import { Readable } from "node:stream";
import { clientIp } from "@/lib/auth/request-meta";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { deleteDocumentForUser } from "@/lib/documents/delete";
import { openDocumentForUser } from "@/lib/documents/download";
import type { DocumentErrorBody } from "@/lib/documents/errors";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Download (or, with `?inline=1`, view in the handler console). Access is decided against the
 * loaded record in lib/documents/download.ts; anyone else gets 404. Signed out → sign-in page,
 * then back here.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const url = new URL(request.url);
  const user = await getCurrentUser();
  const outcome = await openDocumentForUser(db(), user, id, {
    inline: url.searchParams.get("inline") === "1",
    ip: clientIp(request.headers),
  });
  if (!outcome.ok) {
    if (outcome.status === 401) {
      // Relative Location: correct behind any proxy/host name.
      const back = `${url.pathname}${url.search}`;
      return new Response(null, { status: 303, headers: { Location: `/login?callbackUrl=${encodeURIComponent(back)}`, "Cache-Control": "no-store" } });
    }
    return notFound();
  }
  return new Response(Readable.toWeb(outcome.body) as ReadableStream<Uint8Array>, { status: 200, headers: outcome.headers });
}

/** The uploader's "remove" (unattached, or on their own draft). 204, or 4xx `{ error: { messageKey } }`. */
export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const outcome = await deleteDocumentForUser(db(), await getCurrentUser(), id, { ip: clientIp(request.headers) });
  if (outcome.ok) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  const body: DocumentErrorBody = { error: { messageKey: outcome.messageKey } };
  return Response.json(body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
