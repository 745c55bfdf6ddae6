import "server-only";
import crypto from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import fs from "node:fs/promises";
import { once } from "node:events";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { toUploadedDocument } from "./dto";
import { isUuid, type DocumentErrorKey } from "./errors";
import { decodeFileNameHeader, fallbackFileName } from "./file-name";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "./limits";
import { documentStore, type DocumentStore } from "./store";
import type { UploadedDocument } from "./types";
import { validateDocumentFile } from "./validate";

/**
 * Unattached uploads a member may hold at once. Uploads are deleted a day after they were made
 * unless a draft or claim took them (cleanup.ts); this stops one account filling the disk meanwhile.
 */
export const MAX_PENDING_BYTES_PER_USER = 200 * 1024 * 1024;

export interface UploadInput {
  /** The raw request body (the route passes `request.body`; tests pass a Node stream). */
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
  /** `X-File-Name` as sent: `encodeURIComponent(name)`. */
  fileNameHeader: string | null;
  /** `Content-Length`, when the client sent one. */
  contentLength: number | null;
  /** Adding to an existing claim: checks access and the claim's 60 MB total up front. */
  claimId: string | null;
  ip?: string | null;
}

export type UploadOutcome =
  | { ok: true; document: UploadedDocument }
  | { ok: false; status: number; messageKey: DocumentErrorKey };

const refuse = (status: number, messageKey: DocumentErrorKey): UploadOutcome => ({ ok: false, status, messageKey });

/**
 * POST /api/documents without the HTTP: authorise, stream to a temp file while counting and
 * hashing (stop past 20 MB), check what the bytes are and that they are whole, check the claim's
 * total, move the file into the store under a generated key, record it, audit it. The document
 * belongs to the uploader and stays unattached until attachDocuments() (draft save, submit,
 * information response) links it to a claim.
 */
export async function uploadDocument(
  db: Db,
  user: CurrentUser | null,
  input: UploadInput,
  store: DocumentStore = documentStore(),
): Promise<UploadOutcome> {
  if (!user) return refuse(401, "documents.errors.signedOut");
  const actor = await loadActor(db, user);
  if (!can(actor, "document.upload", { claim: null })) return refuse(404, "documents.errors.notFound");
  if (input.contentLength !== null && input.contentLength > MAX_FILE_BYTES) return refuse(413, "documents.errors.tooLarge");
  if (input.contentLength === 0 || !input.body) return refuse(400, "documents.errors.empty");

  let claim: { id: string; personId: string; status: string; submittedById: string } | null = null;
  if (input.claimId !== null) {
    claim = isUuid(input.claimId)
      ? await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true, personId: true, status: true, submittedById: true } })
      : null;
    if (!claim || !can(actor, "document.upload", { claim })) return refuse(404, "documents.errors.claimNotFound");
    if (input.contentLength !== null && (await claimTotalBytes(db, claim.id)) + input.contentLength > MAX_CLAIM_BYTES) {
      return refuse(413, "documents.errors.claimTotalTooLarge");
    }
  }
  if ((await pendingBytes(db, user.userId)) + (input.contentLength ?? 0) > MAX_PENDING_BYTES_PER_USER) {
    return refuse(413, "documents.errors.tooManyPending");
  }

  const temp = await store.tempPath();
  try {
    const received = await receive(input.body, temp);
    if (received === "tooLarge") return refuse(413, "documents.errors.tooLarge");
    if (received === "failed") return refuse(400, "documents.errors.incomplete");
    const { sizeBytes, sha256 } = received;
    if (sizeBytes === 0) return refuse(400, "documents.errors.empty");
    // Fewer bytes than announced: the connection broke (or a proxy cut the body) — never keep half a file.
    if (input.contentLength !== null && sizeBytes !== input.contentLength) return refuse(400, "documents.errors.incomplete");

    const verdict = await validateDocumentFile(temp);
    if (!verdict.ok) return refuse(verdict.messageKey === "documents.errors.unsupportedType" ? 415 : 422, verdict.messageKey);

    if (claim && (await claimTotalBytes(db, claim.id)) + sizeBytes > MAX_CLAIM_BYTES) {
      return refuse(413, "documents.errors.claimTotalTooLarge");
    }

    const originalName = decodeFileNameHeader(input.fileNameHeader) ?? fallbackFileName(verdict.mimeType);
    const storageKey = await store.putFile(temp);
    try {
      const row = await db.$transaction(async (tx) => {
        const created = await tx.document.create({
          data: { storageKey, originalName, mimeType: verdict.mimeType, sizeBytes, sha256, ownerUserId: user.userId },
          select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
        });
        await writeAudit(tx, {
          actorUserId: user.userId,
          action: "document.upload",
          subjectType: "Document",
          subjectId: created.id,
          personId: claim?.personId ?? null,
          ip: input.ip ?? null,
          metadata: { mimeType: verdict.mimeType, sizeBytes, claimId: claim?.id ?? null },
        });
        return created;
      });
      return { ok: true, document: toUploadedDocument(row) };
    } catch (error) {
      await store.delete(storageKey);
      throw error;
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Bytes already attached to a claim (what the 60 MB per claim counts). */
export async function claimTotalBytes(db: Pick<Db, "document">, claimId: string): Promise<number> {
  const { _sum } = await db.document.aggregate({ where: { claimId }, _sum: { sizeBytes: true } });
  return _sum.sizeBytes ?? 0;
}

async function pendingBytes(db: Db, userId: string): Promise<number> {
  const { _sum } = await db.document.aggregate({
    where: { ownerUserId: userId, claimId: null, authorisationId: null, messageId: null },
    _sum: { sizeBytes: true },
  });
  return _sum.sizeBytes ?? 0;
}

/** Writes the body to `path`, counting and hashing; stops as soon as it passes MAX_FILE_BYTES. */
async function receive(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  path: string,
): Promise<{ sizeBytes: number; sha256: string } | "tooLarge" | "failed"> {
  const hash = crypto.createHash("sha256");
  const out: WriteStream = createWriteStream(path, { flags: "wx", mode: 0o600 });
  let sizeBytes = 0;
  let outcome: { sizeBytes: number; sha256: string } | "tooLarge" | "failed" = "failed";
  try {
    for await (const chunk of chunks(body)) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > MAX_FILE_BYTES) {
        outcome = "tooLarge";
        break; // ends the iteration, which cancels the request body
      }
      hash.update(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (outcome !== "tooLarge") outcome = { sizeBytes, sha256: hash.digest("hex") };
  } catch {
    outcome = "failed"; // client aborted mid-upload
  }
  out.end();
  await once(out, "close").catch(() => undefined);
  return outcome;
}

/** A web ReadableStream's typings lack the async iterator in the DOM lib: read it explicitly. */
async function* chunks(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (!("getReader" in body)) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (too large) cancels the rest of the upload instead of reading it.
    await reader.cancel().catch(() => undefined);
  }
}
