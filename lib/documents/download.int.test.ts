import crypto from "node:crypto";
import fs from "node:fs";
import type { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createEnrolment, createPerson, testDb } from "../testing/db";
import { attachDocuments } from "./attach";
import { deleteDocumentForUser } from "./delete";
import { ATTACHMENT_CSP, INLINE_CSP, openDocumentForUser } from "./download";
import { shardedPath } from "./store";
import { asCurrentUser, childOf, createClaim, handlerOf, member, otherInsurerHandler, tempStore, upload } from "../testing/documents-db";
import { fixture } from "../testing/documents-files";

const { store, cleanup } = tempStore();
afterAll(cleanup);

async function read(body: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of body) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** A member, a document they uploaded, and (optionally) a claim it is attached to. */
async function attachedToClaim(personOf: "self" | "child" = "self", status: "DRAFT" | "SUBMITTED" = "SUBMITTED", file = "invoice-gp.pdf") {
  const m = await member();
  const personId = personOf === "child" ? (await childOf(m)).id : m.person.id;
  const { claim, lines } = await createClaim(m, { personId, status });
  const doc = await upload(m.current, store, fixture(file), "faktura lægehus æøå.pdf");
  await testDb().$transaction((tx) =>
    attachDocuments(tx, { userId: m.user.id, claimId: claim.id, personId, documents: [{ documentId: doc.id, kind: "INVOICE", claimLineIds: [lines[0]!.id] }] }),
  );
  return { m, claim, doc, personId };
}

describe("openDocumentForUser", () => {
  it("gives the owner their unattached upload as an attachment with safe headers, and audits the read", async () => {
    const m = await member();
    const bytes = fixture("invoice-gp.pdf");
    const doc = await upload(m.current, store, bytes, "faktura lægehus æøå.pdf");

    const outcome = await openDocumentForUser(testDb(), m.current, doc.id, {}, store);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.headers).toEqual({
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="faktura l_gehus __a.pdf"; filename*=UTF-8''faktura%20l%C3%A6gehus%20%C3%A6%C3%B8%C3%A5.pdf`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Content-Security-Policy": ATTACHMENT_CSP,
    });
    expect((await read(outcome.body)).equals(bytes)).toBe(true);
    const audit = await testDb().auditEvent.findMany({ where: { subjectId: doc.id, action: "document.read" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: m.user.id, subjectType: "Document" });
  });

  it.each([
    ["poly.html", "invoice-gp.pdf", "application/pdf", `attachment; filename="poly.pdf"; filename*=UTF-8''poly.pdf`],
    ["kvittering æøå", "receipt.jpg", "image/jpeg", `attachment; filename="kvittering __a.jpg"; filename*=UTF-8''kvittering%20%C3%A6%C3%B8%C3%A5.jpg`],
    ["a.tar.gz", "scan.png", "image/png", `attachment; filename="a.tar.png"; filename*=UTF-8''a.tar.png`],
    ["scan.PDF", "referral.pdf", "application/pdf", `attachment; filename="scan.PDF"; filename*=UTF-8''scan.PDF`],
  ])("names the download %s by the stored type (%s)", async (name, file, mimeType, disposition) => {
    const m = await member();
    const doc = await upload(m.current, store, fixture(file), name);
    const outcome = await openDocumentForUser(testDb(), m.current, doc.id, {}, store);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    outcome.body.destroy();
    expect(outcome.headers["Content-Type"]).toBe(mimeType);
    expect(outcome.headers["Content-Disposition"]).toBe(disposition);
  });

  it("answers 404 to another member, and 401 when signed out, and audits nothing", async () => {
    const m = await member();
    const doc = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const other = await member();
    expect(await openDocumentForUser(testDb(), other.current, doc.id, {}, store)).toEqual({ ok: false, status: 404 });
    expect(await openDocumentForUser(testDb(), null, doc.id, {}, store)).toEqual({ ok: false, status: 401 });
    expect(await testDb().auditEvent.count({ where: { subjectId: doc.id, action: "document.read" } })).toBe(0);
  });

  it.each([["not-a-uuid"], [crypto.randomUUID()]])("answers 404 for an unknown id %s", async (id) => {
    const m = await member();
    expect(await openDocumentForUser(testDb(), m.current, id, {}, store)).toEqual({ ok: false, status: 404 });
  });

  it("lets the parent read a document of their child's claim, audited with the child as whose data it is", async () => {
    const { m, doc, personId } = await attachedToClaim("child");
    const outcome = await openDocumentForUser(testDb(), m.current, doc.id, {}, store);
    expect(outcome.ok).toBe(true);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { subjectId: doc.id, action: "document.read" } });
    expect(audit.personId).toBe(personId);
  });

  it("answers 404 to a spouse on the same policy for the main insured’s claim documents (adults are private)", async () => {
    const { m, doc } = await attachedToClaim("self");
    const spouse = await createPerson();
    await createEnrolment({ personId: spouse.id, policyId: m.policy.id, role: "SPOUSE" });
    const spouseUser = asCurrentUser({ id: crypto.randomUUID(), roles: ["MEMBER"] }, spouse);
    expect(await openDocumentForUser(testDb(), spouseUser, doc.id, {}, store)).toEqual({ ok: false, status: 404 });
  });

  it("closes the owner's access when the claim's person is no longer theirs to see (FAM-7)", async () => {
    const { m, doc, personId } = await attachedToClaim("child");
    await testDb().person.update({ where: { id: personId }, data: { birthDate: new Date("2000-01-01") } }); // now an adult
    expect(await openDocumentForUser(testDb(), m.current, doc.id, {}, store)).toEqual({ ok: false, status: 404 });
  });

  it("serves a claim's PDF inline to a handler of the insurer, sandboxed and framed only by us", async () => {
    const { m, doc } = await attachedToClaim();
    const handler = await handlerOf(m.policy.insurerId);
    const outcome = await openDocumentForUser(testDb(), handler, doc.id, { inline: true }, store);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.headers["Content-Disposition"]).toMatch(/^inline; /);
    expect(outcome.headers["Content-Security-Policy"]).toBe(INLINE_CSP);
    expect(INLINE_CSP).toMatch(/^sandbox;.*frame-ancestors 'self'/);
    expect(outcome.headers["Cache-Control"]).toBe("no-store");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { subjectId: doc.id, action: "document.read" } });
    expect(audit).toMatchObject({ actorUserId: handler.userId, personId: m.person.id });
  });

  it("serves an image inline to a handler in a sandbox", async () => {
    const { m, doc } = await attachedToClaim("self", "SUBMITTED", "receipt.jpg");
    const outcome = await openDocumentForUser(testDb(), await handlerOf(m.policy.insurerId), doc.id, { inline: true }, store);
    expect(outcome.ok && outcome.headers).toMatchObject({ "Content-Type": "image/jpeg", "Content-Security-Policy": INLINE_CSP });
  });

  it("answers 404 to a handler of another insurer, and to any handler for an unattached upload", async () => {
    const { doc } = await attachedToClaim();
    expect(await openDocumentForUser(testDb(), await otherInsurerHandler(), doc.id, { inline: true }, store)).toEqual({ ok: false, status: 404 });
    const m = await member();
    const loose = await upload(m.current, store, fixture("scan.png"), "scan.png");
    expect(await openDocumentForUser(testDb(), await handlerOf(m.policy.insurerId), loose.id, {}, store)).toEqual({ ok: false, status: 404 });
  });

  it("gives a member who may see the claim but did not upload the file a download, not inline", async () => {
    const { m, doc } = await attachedToClaim();
    const grantee = await member();
    await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: m.person.id, granteePersonId: grantee.person.id } });
    const outcome = await openDocumentForUser(testDb(), grantee.current, doc.id, { inline: true }, store);
    expect(outcome.ok && outcome.headers["Content-Disposition"]).toMatch(/^attachment; /);
  });

  it("answers 404 (and logs) when the stored file is gone", async () => {
    const m = await member();
    const doc = await upload(m.current, store, fixture("scan.png"), "scan.png");
    const row = await testDb().document.findUniqueOrThrow({ where: { id: doc.id } });
    fs.rmSync(shardedPath(store.root, row.storageKey));
    expect(await openDocumentForUser(testDb(), m.current, doc.id, {}, store)).toEqual({ ok: false, status: 404 });
  });
});

describe("deleteDocumentForUser", () => {
  it("removes the owner's unattached upload: row and file", async () => {
    const m = await member();
    const doc = await upload(m.current, store, fixture("scan.png"), "scan.png");
    const { storageKey } = await testDb().document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(await deleteDocumentForUser(testDb(), m.current, doc.id, {}, store)).toEqual({ ok: true });
    expect(await testDb().document.findUnique({ where: { id: doc.id } })).toBeNull();
    expect(await store.exists(storageKey)).toBe(false);
    expect(await testDb().auditEvent.count({ where: { subjectId: doc.id, action: "document.delete" } })).toBe(1);
  });

  it("answers 404 to another member and keeps the file", async () => {
    const m = await member();
    const doc = await upload(m.current, store, fixture("scan.png"), "scan.png");
    const other = await member();
    expect(await deleteDocumentForUser(testDb(), other.current, doc.id, {}, store)).toMatchObject({ ok: false, status: 404 });
    expect(await testDb().document.findUnique({ where: { id: doc.id } })).not.toBeNull();
  });

  it("removes a document of the owner's own draft, with its line links", async () => {
    const { m, doc } = await attachedToClaim("self", "DRAFT");
    expect(await deleteDocumentForUser(testDb(), m.current, doc.id, {}, store)).toEqual({ ok: true });
    expect(await testDb().claimLineDocument.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("refuses to delete a submitted claim's document", async () => {
    const { m, doc } = await attachedToClaim("self", "SUBMITTED");
    expect(await deleteDocumentForUser(testDb(), m.current, doc.id, {}, store)).toEqual({ ok: false, status: 409, messageKey: "documents.errors.alreadyAttached" });
    expect(await testDb().document.findUnique({ where: { id: doc.id } })).not.toBeNull();
  });
});
