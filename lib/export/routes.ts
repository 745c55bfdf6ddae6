import "server-only";
import { Readable } from "node:stream";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { contentDisposition } from "../documents/file-name";
import { isUuid } from "../server/route-input";
import { requestIp } from "../server/request-context";
import { openExportDownload } from "./exports";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/**
 * `GET /api/member/export/[id]` — the ZIP, for the member who asked for it only (anyone else,
 * signed out included, gets 404). An expired or not yet ready export sends the member back to
 * the export page, which says so.
 */
export async function exportDownloadResponse(_request: Request, routeParams: Promise<{ id: string }>): Promise<Response> {
  const [user, { id }] = await Promise.all([getCurrentUser(), routeParams]);
  if (!user || !user.roles.includes("MEMBER") || !isUuid(id)) return notFound();
  const outcome = await openExportDownload(db(), user, id, { ip: await requestIp() });
  if (!outcome.ok) {
    if (outcome.reason === "not-found") return notFound();
    return new Response(null, { status: 303, headers: { Location: `/member/export?${outcome.reason}=1`, "Cache-Control": "private, no-store" } });
  }
  return new Response(Readable.toWeb(outcome.stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(outcome.sizeBytes),
      "Content-Disposition": contentDisposition("attachment", outcome.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
