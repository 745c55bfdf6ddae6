/**
 * Integration-test helpers of the documents slice: members as CurrentUser, claims with lines,
 * a store in a temporary DATA_DIR, and stored documents. Only imported by *.int.test.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { CurrentUser, Role } from "../auth/current-user.types";
import type { ClaimStatus, Person } from "../db/generated/client";
import { createEnrolment, createInsurer, createMember, createPerson, createUser, day, testDb, unique } from "./db";
import { FileSystemDocumentStore } from "../documents/store";
import { uploadDocument } from "../documents/upload";

export function tempStore(): { store: FileSystemDocumentStore; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "documents-store-"));
  return { store: new FileSystemDocumentStore(path.join(dir, "documents")), dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function asCurrentUser(user: { id: string; roles: Role[] }, person: Person | null): CurrentUser {
  return {
    userId: user.id,
    sessionId: "test-session",
    email: "member@example.test",
    displayName: "Test",
    roles: user.roles,
    locale: "da",
    person: person ? { id: person.id, firstName: person.firstName, lastName: person.lastName, memberNumber: person.memberNumber } : null,
    policyNumber: null,
    employer: null,
  };
}

/** A member with a policy; `.current` is how route handlers see them. */
export async function member() {
  const m = await createMember();
  return { ...m, current: asCurrentUser({ id: m.user.id, roles: ["MEMBER"] }, m.person) };
}

/** A child (under 18) on the member's policy. */
export async function childOf(m: Awaited<ReturnType<typeof member>>) {
  const child = await createPerson({ birthDate: day("2016-03-01"), firstName: "Emma" });
  await createEnrolment({ personId: child.id, policyId: m.policy.id, role: "CHILD" });
  return child;
}

export async function handlerOf(insurerId: string) {
  const user = await createUser({ roles: ["CLAIMS_HANDLER"], insurerId });
  return asCurrentUser({ id: user.id, roles: ["CLAIMS_HANDLER"] }, null);
}

export async function otherInsurerHandler() {
  return handlerOf((await createInsurer()).id);
}

export async function createClaim(
  m: Awaited<ReturnType<typeof member>>,
  options: { personId?: string; status?: ClaimStatus; lines?: number } = {},
) {
  const claim = await testDb().claim.create({
    data: {
      number: unique("C-TEST-"),
      policyId: m.policy.id,
      personId: options.personId ?? m.person.id,
      submittedById: m.user.id,
      status: options.status ?? "DRAFT",
      currency: "DKK",
    },
  });
  const lines = [];
  for (let lineNo = 1; lineNo <= (options.lines ?? 1); lineNo += 1) {
    lines.push(
      await testDb().claimLine.create({
        data: {
          claimId: claim.id,
          lineNo,
          treatmentDate: day("2026-11-10"),
          category: "GP",
          providerName: "Lægehuset",
          country: "DK",
          amountMinor: 65000,
          currency: "DKK",
        },
      }),
    );
  }
  return { claim, lines };
}

/** Uploads real bytes through the same service the route uses; fails the test if refused. */
export async function upload(
  current: CurrentUser,
  store: FileSystemDocumentStore,
  bytes: Uint8Array,
  name = "faktura.pdf",
  claimId: string | null = null,
) {
  const outcome = await uploadDocument(
    testDb(),
    current,
    { body: Readable.from([Buffer.from(bytes)]), fileNameHeader: encodeURIComponent(name), contentLength: bytes.length, claimId },
    store,
  );
  if (!outcome.ok) throw new Error(`upload refused: ${outcome.messageKey}`);
  return outcome.document;
}

/**
 * A Document row of a given size without writing that many bytes (for the 60 MB arithmetic):
 * the stored file is a small stand-in.
 */
export async function fakeStoredDocument(store: FileSystemDocumentStore, ownerUserId: string, sizeBytes: number, data: { claimId?: string; personId?: string; createdAt?: Date } = {}) {
  const storageKey = await store.putStream(Readable.from([Buffer.from("%PDF-stand-in")]));
  return testDb().document.create({
    data: { storageKey, originalName: "stand-in.pdf", mimeType: "application/pdf", sizeBytes, sha256: "0".repeat(64), ownerUserId, ...data },
  });
}
