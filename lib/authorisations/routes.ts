import "server-only";
import { writeAudit } from "../audit/audit";
import { clientIp } from "../auth/request-meta";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { ATTACHMENT_CSP, INLINE_CSP } from "../documents/download";
import { contentDisposition, downloadFileName } from "../documents/file-name";
import { documentStore } from "../documents/store";
import { Readable } from "node:stream";
import { z } from "zod";
import { Refusal } from "../server/refusal";
import { getRequestForMember } from "./member/queries";
import { requestForHandler } from "./review/access";

/**
 * The request's files over HTTP: the GOP letter for the member (app/member/authorisations/[id]/letter)
 * and, for the handler, the letter and every document of the request, inline for the review
 * (app/handler/authorisations/[id]/documents/[documentId]). Access is decided on the loaded request
 * (authorisation.read / authorisation.review); anyone else gets 404. Every read is audited.
 */

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
const ids = z.object({ id: z.uuid(), documentId: z.uuid().optional() });

async function fileResponse(documentId: string, authorisationId: string, inline: boolean): Promise<Response> {
  const doc = await db().document.findFirst({ where: { id: documentId, authorisationId }, select: { storageKey: true, originalName: true, mimeType: true, sizeBytes: true } });
  if (!doc) return notFound();
  const store = documentStore();
  if (!(await store.exists(doc.storageKey))) return notFound();
  return new Response(Readable.toWeb(store.openReadStream(doc.storageKey)) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Length": String(doc.sizeBytes),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", downloadFileName(doc.originalName, doc.mimeType)),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Content-Security-Policy": inline ? INLINE_CSP : ATTACHMENT_CSP,
    },
  });
}

export async function memberLetterResponse(request: Request, params: Promise<{ id: string }>): Promise<Response> {
  const user = await getCurrentUser();
  const parsed = ids.safeParse(await params);
  if (!user || !parsed.success) return notFound();
  const found = await getRequestForMember(db(), user, parsed.data.id, { ip: clientIp(request.headers), via: "letter-pdf" });
  if (!found?.detail.letterDocumentId) return notFound();
  return fileResponse(found.detail.letterDocumentId, found.detail.id, false);
}

export async function handlerDocumentResponse(request: Request, params: Promise<{ id: string; documentId: string }>): Promise<Response> {
  const user = await getCurrentUser();
  const parsed = ids.safeParse(await params);
  if (!user || !parsed.success || !parsed.data.documentId) return notFound();
  try {
    const row = await requestForHandler(db(), user, parsed.data.id, "authorisation.review");
    await writeAudit(db(), { actorUserId: user.userId, action: "document.read", subjectType: "Document", subjectId: parsed.data.documentId, personId: row.personId, ip: clientIp(request.headers), metadata: { authorisationId: row.id, access: "handler" } });
    return fileResponse(parsed.data.documentId, row.id, new URL(request.url).searchParams.get("inline") === "1");
  } catch (error) {
    if (error instanceof Refusal) return notFound();
    throw error;
  }
}
