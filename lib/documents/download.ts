import "server-only";
import type { Readable } from "node:stream";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { loadActor } from "../access/actor";
import { can, documentAccess } from "../access/can";
import { documentAccessSelect, documentResource } from "./access";
import { isUuid } from "./errors";
import { contentDisposition, downloadFileName } from "./file-name";
import { documentStore, type DocumentStore } from "./store";

/**
 * Attachments: nothing in the file may run even if a browser ignored the disposition.
 * Inline (the handler console's <iframe>/<img>, the owner's preview): a sandboxed, script-free
 * document that only our own pages may frame. Checked in Chromium 156: its PDF viewer renders a
 * PDF served with this CSP (`sandbox` on the response, not the iframe's sandbox attribute, which
 * does block it). `frame-ancestors 'self'` is what lets our pages frame it: the app-wide
 * `X-Frame-Options: DENY` from next.config.js still arrives, and browsers ignore X-Frame-Options
 * when a CSP has frame-ancestors.
 */
export const ATTACHMENT_CSP = "default-src 'none'; sandbox";
export const INLINE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

export type DownloadOutcome =
  | { ok: true; body: Readable; headers: Record<string, string> }
  | { ok: false; status: 401 | 404 };

/**
 * GET /api/documents/<id> without the HTTP. Loads the record, decides access against it (404 for
 * anyone else — the id's existence is not revealed), audits the read with whose data it is, and
 * opens the stored file.
 */
export async function openDocumentForUser(
  db: Db,
  user: CurrentUser | null,
  documentId: string,
  options: { inline?: boolean; ip?: string | null } = {},
  store: DocumentStore = documentStore(),
): Promise<DownloadOutcome> {
  if (!user) return { ok: false, status: 401 };
  if (!isUuid(documentId)) return { ok: false, status: 404 };
  const doc = await db.document.findUnique({
    where: { id: documentId },
    select: { id: true, storageKey: true, originalName: true, mimeType: true, sizeBytes: true, ...documentAccessSelect },
  });
  if (!doc) return { ok: false, status: 404 };
  const actor = await loadActor(db, user);
  const resource = documentResource(doc);
  if (!can(actor, "document.read", resource)) return { ok: false, status: 404 };
  if (!(await store.exists(doc.storageKey))) {
    console.error(`[documents] stored file missing for document ${doc.id}`);
    return { ok: false, status: 404 };
  }

  // Inline only for the handler console and the uploader's own preview; others get a download.
  const inline = Boolean(options.inline) && can(actor, "document.preview", resource);
  await writeAudit(db, {
    actorUserId: user.userId,
    action: "document.read",
    subjectType: "Document",
    subjectId: doc.id,
    personId: doc.personId ?? doc.claim?.personId ?? null,
    ip: options.ip ?? null,
    // How: as the claim's handler, as the uploader, or as another member who may see the claim.
    metadata: { claimId: doc.claimId, inline, access: documentAccess(actor, resource) },
  });

  const headers: Record<string, string> = {
    "Content-Type": doc.mimeType,
    "Content-Length": String(doc.sizeBytes),
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", downloadFileName(doc.originalName, doc.mimeType)),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": inline ? INLINE_CSP : ATTACHMENT_CSP,
  };
  return { ok: true, body: store.openReadStream(doc.storageKey), headers };
}
