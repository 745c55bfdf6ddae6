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

/**
 * How long an upload's reservation counts. Only a process that died mid-upload leaves one behind;
 * it stops counting after this and deleteUnattachedDocuments() removes it.
 */
export const RESERVATION_TTL_MS = 60 * 60 * 1000;

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
  // Before reading a byte: hold the declared length (a body without one: the most a file may be)
  // against the member's pending total, so parallel uploads cannot all pass the check at once.
  const reservationId = await reservePendingBytes(db, user.userId, input.contentLength ?? MAX_FILE_BYTES);
  if (!reservationId) return refuse(413, "documents.errors.tooManyPending");

  let temp: string | null = null;
  try {
    temp = await store.tempPath();
    const received = await receive(input.body, temp);
    if (received === "tooLarge") return refuse(413, "documents.errors.tooLarge");
    if (received === "failed") return refuse(400, "documents.errors.incomplete");
    const { sizeBytes, sha256 } = received;
    if (sizeBytes === 0) return refuse(400, "documents.errors.empty");
    // Fewer bytes than announced: the connection broke (or a proxy cut the body) — never keep half a file.
    if (input.contentLength !== null && sizeBytes !== input.contentLength) return refuse(400, "documents.errors.incomplete");
    // A body without a length held 20 MB: give back what it did not use while it is checked.
    if (input.contentLength === null) await db.uploadReservation.updateMany({ where: { id: reservationId }, data: { bytes: sizeBytes } });

    const verdict = await validateDocumentFile(temp);
    if (!verdict.ok) return refuse(verdict.messageKey === "documents.errors.unsupportedType" ? 415 : 422, verdict.messageKey);

    if (claim && (await claimTotalBytes(db, claim.id)) + sizeBytes > MAX_CLAIM_BYTES) {
      return refuse(413, "documents.errors.claimTotalTooLarge");
    }

    const originalName = decodeFileNameHeader(input.fileNameHeader) ?? fallbackFileName(verdict.mimeType);
    const storageKey = await store.putFile(temp);
    try {
      const row = await db.$transaction(async (tx) => {
        // The document takes its reservation's place in one commit. Re-checked under the lock, so a
        // reservation that expired (an upload slower than RESERVATION_TTL_MS) cannot overshoot.
        await lockUserUploads(tx, user.userId);
        await tx.uploadReservation.deleteMany({ where: { id: reservationId } });
        if ((await pendingBytes(tx, user.userId)) + sizeBytes > MAX_PENDING_BYTES_PER_USER) return null;
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
      if (!row) {
        await store.delete(storageKey);
        return refuse(413, "documents.errors.tooManyPending");
      }
      return { ok: true, document: toUploadedDocument(row) };
    } catch (error) {
      await store.delete(storageKey);
      throw error;
    }
  } finally {
    if (temp) await fs.rm(temp, { force: true });
    // Refused, failed or aborted: the bytes are free again (after success this matches nothing).
    // If this fails the reservation still stops counting at its expiry.
    await db.uploadReservation
      .deleteMany({ where: { id: reservationId } })
      .catch((error: unknown) => console.error(`[documents] could not release upload reservation ${reservationId}`, error));
  }
}

/** Bytes already attached to a claim (what the 60 MB per claim counts). */
export async function claimTotalBytes(db: Pick<Db, "document">, claimId: string): Promise<number> {
  const { _sum } = await db.document.aggregate({ where: { claimId }, _sum: { sizeBytes: true } });
  return _sum.sizeBytes ?? 0;
}

type Tx = Pick<Db, "$queryRaw" | "document" | "uploadReservation">;

/**
 * Serialises the pending-bytes decisions of one user (reserving, and turning a reservation into a
 * document). `NO KEY UPDATE` does not block inserts that reference the user (key-share locks).
 */
async function lockUserUploads(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
}

/**
 * Takes `bytes` of the user's MAX_PENDING_BYTES_PER_USER for an upload in flight, or returns null
 * when they do not fit beside the unattached uploads and the other live reservations.
 */
export async function reservePendingBytes(db: Db, userId: string, bytes: number): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await lockUserUploads(tx, userId);
    if ((await pendingBytes(tx, userId)) + bytes > MAX_PENDING_BYTES_PER_USER) return null;
    const { id } = await tx.uploadReservation.create({
      data: { userId, bytes, expiresAt: new Date(Date.now() + RESERVATION_TTL_MS) },
      select: { id: true },
    });
    return id;
  });
}

/** Unattached uploads plus the live reservations of uploads in flight. */
async function pendingBytes(db: Pick<Tx, "document" | "uploadReservation">, userId: string): Promise<number> {
  const documents = await db.document.aggregate({
    where: { ownerUserId: userId, claimId: null, authorisationId: null, messageId: null },
    _sum: { sizeBytes: true },
  });
  const reserved = await db.uploadReservation.aggregate({ where: { userId, expiresAt: { gt: new Date() } }, _sum: { bytes: true } });
  return (documents._sum.sizeBytes ?? 0) + (reserved._sum.bytes ?? 0);
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
