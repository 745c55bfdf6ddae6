import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../testing/db";
import { deleteUnattachedDocuments } from "./cleanup";
import { createClaim, fakeStoredDocument, member, tempStore } from "../testing/documents-db";

const { store, cleanup } = tempStore();
afterAll(cleanup);

const DAY = 24 * 60 * 60 * 1000;

describe("deleteUnattachedDocuments", () => {
  it("deletes only unattached uploads older than the cut-off — rows and files", async () => {
    const m = await member();
    const now = Date.now();
    const old = new Date(now - 2 * DAY);
    const { claim: draft } = await createClaim(m, { status: "DRAFT" });
    const { claim: submitted } = await createClaim(m, { status: "SUBMITTED" });
    const message = await testDb().message.create({ data: { claimId: submitted.id, authorUserId: m.user.id, body: "Her er kvitteringen" } });

    const orphanOld = await fakeStoredDocument(store, m.user.id, 100, { createdAt: old });
    const orphanFresh = await fakeStoredDocument(store, m.user.id, 100, { createdAt: new Date(now - 60_000) });
    const onDraft = await fakeStoredDocument(store, m.user.id, 100, { createdAt: old, claimId: draft.id, personId: m.person.id });
    const onClaim = await fakeStoredDocument(store, m.user.id, 100, { createdAt: old, claimId: submitted.id, personId: m.person.id });
    const onMessage = await fakeStoredDocument(store, m.user.id, 100, { createdAt: old });
    await testDb().document.update({ where: { id: onMessage.id }, data: { messageId: message.id } });

    const deleted = await deleteUnattachedDocuments(testDb(), { olderThan: new Date(now - DAY) }, store);

    expect(deleted).toBe(1);
    const left = await testDb().document.findMany({ where: { ownerUserId: m.user.id }, select: { id: true, storageKey: true } });
    expect(left.map((d) => d.id).sort()).toEqual([orphanFresh, onDraft, onClaim, onMessage].map((d) => d.id).sort());
    expect(await store.exists(orphanOld.storageKey)).toBe(false);
    for (const doc of left) expect(await store.exists(doc.storageKey)).toBe(true);
  });

  it("removes staging files of uploads that died half-way, and nothing newer", async () => {
    const oldTemp = await store.tempPath();
    fs.writeFileSync(oldTemp, "half an upload");
    const past = new Date(Date.now() - 2 * DAY);
    fs.utimesSync(oldTemp, past, past);
    const newTemp = await store.tempPath();
    fs.writeFileSync(newTemp, "an upload in progress");

    await deleteUnattachedDocuments(testDb(), { olderThan: new Date(Date.now() - DAY) }, store);
    expect(fs.existsSync(oldTemp)).toBe(false);
    expect(fs.existsSync(newTemp)).toBe(true);
    expect(path.dirname(newTemp)).toBe(path.join(store.root, "tmp"));
  });

  it("works through more than one batch", async () => {
    const m = await member();
    const old = new Date(Date.now() - 3 * DAY);
    const before = await testDb().document.count();
    await testDb().document.createMany({
      data: Array.from({ length: 1100 }, (_, i) => ({
        storageKey: crypto.randomUUID(),
        originalName: `x${i}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1,
        sha256: "0".repeat(64),
        ownerUserId: m.user.id,
        createdAt: old,
      })),
    });
    expect(await deleteUnattachedDocuments(testDb(), { olderThan: new Date(Date.now() - DAY) }, store)).toBe(1100);
    expect(await testDb().document.count()).toBe(before);
  });
});
