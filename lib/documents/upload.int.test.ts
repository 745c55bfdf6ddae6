import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createUser, testDb } from "../testing/db";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "./limits";
import { shardedPath } from "./store";
import { asCurrentUser, childOf, createClaim, fakeStoredDocument, member, tempStore, upload } from "../testing/documents-db";
import { fixture, makePdf } from "../testing/documents-files";
import { deleteUnattachedDocuments } from "./cleanup";
import { MAX_PENDING_BYTES_PER_USER, uploadDocument, type UploadInput } from "./upload";

const { store, cleanup } = tempStore();
afterAll(cleanup);

function input(bytes: Uint8Array | null, overrides: Partial<UploadInput> = {}): UploadInput {
  return {
    body: bytes ? Readable.from([Buffer.from(bytes)]) : null,
    fileNameHeader: encodeURIComponent("faktura.pdf"),
    contentLength: bytes ? bytes.length : null,
    claimId: null,
    ...overrides,
  };
}

/** `total` bytes in 1 MiB chunks, produced lazily (nothing that size is held in memory). */
function* zeros(total: number): Generator<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024);
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, total - sent));
}

/** A body that sends nothing until `open()`, then `bytes` (or breaks off, like an aborted upload). */
function gatedBody(bytes: Uint8Array) {
  let open!: (how: "send" | "abort") => void;
  const gate = new Promise<"send" | "abort">((resolve) => (open = resolve));
  async function* body(): AsyncGenerator<Uint8Array> {
    if ((await gate) === "abort") throw new Error("aborted");
    yield Buffer.from(bytes);
  }
  return { body: body(), open };
}

const reservations = (userId: string) => testDb().uploadReservation.findMany({ where: { userId } });

/** Until `done()` (every upload in flight has taken its reservation or been refused), at most 5 s. */
async function settled(done: () => boolean | Promise<boolean>) {
  for (const start = Date.now(); Date.now() - start < 5000 && !(await done()); ) await new Promise((resolve) => setTimeout(resolve, 20));
}

const tempFiles = () => (fs.existsSync(path.join(store.root, "tmp")) ? fs.readdirSync(path.join(store.root, "tmp")) : []);

describe("uploadDocument", () => {
  it("stores a valid PDF under a generated key and keeps the Danish file name for display", async () => {
    const m = await member();
    const bytes = fixture("invoice-gp.pdf");
    const outcome = await uploadDocument(testDb(), m.current, input(bytes, { fileNameHeader: encodeURIComponent("  faktura lægehus æøå.pdf ") }), store);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document).toMatchObject({ originalName: "faktura lægehus æøå.pdf", mimeType: "application/pdf", sizeBytes: bytes.length });
    const row = await testDb().document.findUniqueOrThrow({ where: { id: outcome.document.id } });
    expect(row).toMatchObject({ ownerUserId: m.user.id, claimId: null, personId: null, sha256: crypto.createHash("sha256").update(bytes).digest("hex") });
    // Generated uuid v4 key, sharded, outside public/, nothing of the file name in it.
    expect(row.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    const stored = shardedPath(store.root, row.storageKey);
    expect(stored).toContain(`${row.storageKey.slice(0, 2)}${path.sep}${row.storageKey.slice(2, 4)}${path.sep}`);
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(tempFiles()).toEqual([]);

    const audit = await testDb().auditEvent.findMany({ where: { subjectId: row.id } });
    expect(audit.map((a) => a.action)).toEqual(["document.upload"]);
  });

  it("decides the type by the bytes: a PDF named .jpg is stored as a PDF; a JPEG named .pdf as a JPEG", async () => {
    const m = await member();
    const asJpg = await upload(m.current, store, fixture("invoice-gp.pdf"), "photo.jpg");
    const asPdf = await upload(m.current, store, fixture("receipt.jpg"), "invoice.pdf");
    expect([asJpg.mimeType, asPdf.mimeType]).toEqual(["application/pdf", "image/jpeg"]);
  });

  it.each([
    ["a renamed executable", "fake-invoice.pdf", 415, "documents.errors.unsupportedType"],
    ["a truncated PDF", "truncated.pdf", 422, "documents.errors.damaged"],
  ])("refuses %s and keeps nothing", async (_name, file, status, messageKey) => {
    const m = await member();
    const before = await testDb().document.count();
    const outcome = await uploadDocument(testDb(), m.current, input(fixture(file), { fileNameHeader: encodeURIComponent(file) }), store);
    expect(outcome).toEqual({ ok: false, status, messageKey });
    expect(await testDb().document.count()).toBe(before);
    expect(tempFiles()).toEqual([]);
  });

  it("refuses by Content-Length above 20 MB without reading the body", async () => {
    const m = await member();
    const body = new Readable({
      read() {
        throw new Error("the body must not be read");
      },
    });
    const outcome = await uploadDocument(testDb(), m.current, { ...input(null), body, contentLength: MAX_FILE_BYTES + 1 }, store);
    expect(outcome).toEqual({ ok: false, status: 413, messageKey: "documents.errors.tooLarge" });
  });

  it("stops a body without Content-Length as soon as it passes 20 MB", async () => {
    const m = await member();
    const outcome = await uploadDocument(testDb(), m.current, { ...input(null), body: Readable.from(zeros(MAX_FILE_BYTES + 1)), contentLength: null }, store);
    expect(outcome).toEqual({ ok: false, status: 413, messageKey: "documents.errors.tooLarge" });
    expect(tempFiles()).toEqual([]);
  });

  it("accepts a file of exactly 20 MB", async () => {
    const m = await member();
    const doc = await upload(m.current, store, await makePdf("Stor", MAX_FILE_BYTES), "stor.pdf");
    expect(doc.sizeBytes).toBe(MAX_FILE_BYTES);
  });

  it("refuses a body shorter than its Content-Length (broken connection, cut by a proxy)", async () => {
    const m = await member();
    const bytes = fixture("invoice-gp.pdf");
    const outcome = await uploadDocument(testDb(), m.current, input(bytes, { contentLength: bytes.length + 500 }), store);
    expect(outcome).toEqual({ ok: false, status: 400, messageKey: "documents.errors.incomplete" });
  });

  it("refuses an upload the client aborted half-way", async () => {
    const m = await member();
    async function* broken() {
      yield Buffer.from("%PDF-1.7\n");
      throw new Error("aborted");
    }
    const outcome = await uploadDocument(testDb(), m.current, { ...input(null), body: broken(), contentLength: null }, store);
    expect(outcome).toEqual({ ok: false, status: 400, messageKey: "documents.errors.incomplete" });
    expect(tempFiles()).toEqual([]);
  });

  it("refuses an empty body", async () => {
    const m = await member();
    expect(await uploadDocument(testDb(), m.current, input(Buffer.alloc(0)), store)).toMatchObject({ ok: false, messageKey: "documents.errors.empty" });
    expect(await uploadDocument(testDb(), m.current, input(null), store)).toMatchObject({ ok: false, messageKey: "documents.errors.empty" });
  });

  it("answers 401 when signed out and 404 for a user without the member role", async () => {
    const bytes = fixture("invoice-gp.pdf");
    expect(await uploadDocument(testDb(), null, input(bytes), store)).toEqual({ ok: false, status: 401, messageKey: "documents.errors.signedOut" });
    const employer = await createUser({ roles: ["EMPLOYER_ADMIN"] });
    expect(await uploadDocument(testDb(), asCurrentUser({ id: employer.id, roles: ["EMPLOYER_ADMIN"] }, null), input(bytes), store)).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("names a file sent without a name by its verified type", async () => {
    const m = await member();
    const doc = await upload(m.current, store, fixture("scan.png"), "");
    expect(doc.originalName).toBe("document.png");
  });

  describe("with ?claimId=", () => {
    it("accepts a claim of the member's own child", async () => {
      const m = await member();
      const child = await childOf(m);
      const { claim } = await createClaim(m, { personId: child.id, status: "INFORMATION_REQUESTED" });
      const doc = await upload(m.current, store, fixture("referral.pdf"), "henvisning.pdf", claim.id);
      // Uploading does not attach: respondToInformationRequest/attachDocuments does.
      expect(await testDb().document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ claimId: null });
      const audit = await testDb().auditEvent.findFirstOrThrow({ where: { subjectId: doc.id, action: "document.upload" } });
      expect(audit.personId).toBe(child.id);
    });

    it.each([
      ["another member's claim", async () => (await createClaim(await member())).claim.id],
      ["a claim id that does not exist", async () => crypto.randomUUID()],
      ["something that is not an id", async () => "../../etc"],
    ])("answers 404 for %s", async (_name, claimIdOf) => {
      const m = await member();
      const outcome = await uploadDocument(testDb(), m.current, input(fixture("invoice-gp.pdf"), { claimId: await claimIdOf() }), store);
      expect(outcome).toEqual({ ok: false, status: 404, messageKey: "documents.errors.claimNotFound" });
    });

    it("refuses a file that would take the claim past 60 MB — by Content-Length and by the bytes received", async () => {
      const m = await member();
      const { claim } = await createClaim(m, { status: "INFORMATION_REQUESTED" });
      await fakeStoredDocument(store, m.user.id, MAX_CLAIM_BYTES - 1000, { claimId: claim.id, personId: m.person.id });
      const bytes = fixture("invoice-gp.pdf"); // 1.3 kB > the 1000 bytes left
      const expected = { ok: false, status: 413, messageKey: "documents.errors.claimTotalTooLarge" };
      expect(await uploadDocument(testDb(), m.current, input(bytes, { claimId: claim.id }), store)).toEqual(expected);
      expect(await uploadDocument(testDb(), m.current, input(bytes, { claimId: claim.id, contentLength: null }), store)).toEqual(expected);
      // A smaller file still fits.
      expect((await upload(m.current, store, fixture("scan.png"), "scan.png", claim.id)).mimeType).toBe("image/png");
    });
  });

  describe("the 200 MB of unattached uploads, with uploads in parallel", () => {
    const MB = 1024 * 1024;

    it("accepts no more than fit when 16 uploads of 19 MB arrive at once; the rest are refused before their bodies are read", async () => {
      const m = await member();
      const pdf = await makePdf("Stor", 19 * MB);
      const uploads = Array.from({ length: 16 }, () => gatedBody(pdf));
      let answered = 0;
      const outcomes = uploads.map(({ body }) =>
        uploadDocument(testDb(), m.current, { ...input(null), body, contentLength: pdf.length }, store).finally(() => answered++),
      );
      const fits = Math.floor(MAX_PENDING_BYTES_PER_USER / pdf.length); // 10
      // Refusals come back at once; the accepted ones wait on their bodies, holding a reservation each.
      await settled(async () => answered + (await reservations(m.user.id)).length === 16);
      for (const u of uploads) u.open("send");
      const results = await Promise.all(outcomes);

      const accepted = results.filter((r) => r.ok);
      expect(accepted).toHaveLength(fits);
      expect(results.filter((r) => !r.ok)).toEqual(
        Array.from({ length: 16 - fits }, () => ({ ok: false, status: 413, messageKey: "documents.errors.tooManyPending" })),
      );
      const { _sum } = await testDb().document.aggregate({ where: { ownerUserId: m.user.id }, _sum: { sizeBytes: true } });
      expect(_sum.sizeBytes).toBeLessThanOrEqual(MAX_PENDING_BYTES_PER_USER);
      expect(await reservations(m.user.id)).toEqual([]);
    }, 120_000);

    it("counts an upload without Content-Length (chunked) as the 20 MB it may become while it is in flight", async () => {
      const m = await member();
      const small = fixture("invoice-gp.pdf");
      await fakeStoredDocument(store, m.user.id, MAX_PENDING_BYTES_PER_USER - MAX_FILE_BYTES - 500); // 20 MB + 500 bytes left
      const chunked = gatedBody(small);
      const inFlight = uploadDocument(testDb(), m.current, { ...input(null), body: chunked.body, contentLength: null }, store);
      await settled(async () => (await reservations(m.user.id)).length === 1);

      // 1.3 kB does not fit in the 500 bytes the chunked upload left.
      expect(await uploadDocument(testDb(), m.current, input(small), store)).toEqual({ ok: false, status: 413, messageKey: "documents.errors.tooManyPending" });
      expect((await reservations(m.user.id)).map((r) => r.bytes)).toEqual([MAX_FILE_BYTES]);

      chunked.open("send");
      const done = await inFlight;
      expect(done.ok && done.document.sizeBytes).toBe(small.length);
      // Once it has arrived it counts as its real size: the small file fits now.
      expect((await upload(m.current, store, small)).sizeBytes).toBe(small.length);
    });

    it.each([
      ["aborted half-way", "abort", 400, "documents.errors.incomplete"],
      ["refused as damaged", "send", 422, "documents.errors.damaged"],
    ] as const)("holds the bytes while an upload is in flight and gives them back when it is %s", async (_name, how, status, messageKey) => {
      const m = await member();
      await fakeStoredDocument(store, m.user.id, MAX_PENDING_BYTES_PER_USER - 10 * MB); // 10 MB left
      const full = await makePdf("Halv", 12 * MB);
      const damaged = full.subarray(0, 6 * MB); // 6 MB of a 12 MB PDF: no cross-reference table, no %%EOF
      const failing = gatedBody(damaged);
      const inFlight = uploadDocument(testDb(), m.current, { ...input(null), body: failing.body, contentLength: damaged.length }, store);
      await settled(async () => (await reservations(m.user.id)).length === 1);

      const fiveMb = await makePdf("Fem", 5 * MB);
      const tooMuch = { ok: false, status: 413, messageKey: "documents.errors.tooManyPending" };
      expect(await uploadDocument(testDb(), m.current, input(fiveMb), store)).toEqual(tooMuch); // 6 + 5 > 10

      failing.open(how);
      expect(await inFlight).toEqual({ ok: false, status, messageKey });
      expect(await reservations(m.user.id)).toEqual([]);
      expect(tempFiles()).toEqual([]);
      expect((await upload(m.current, store, fiveMb)).sizeBytes).toBe(fiveMb.length);
    });

    it("stops counting a reservation a crashed process left behind at its expiry; the cleanup job deletes it", async () => {
      const m = await member();
      const expired = { userId: m.user.id, bytes: MAX_PENDING_BYTES_PER_USER, expiresAt: new Date(Date.now() - 1000) };
      const live = { userId: m.user.id, bytes: 1000, expiresAt: new Date(Date.now() + 60_000) };
      await testDb().uploadReservation.createMany({ data: [expired, live] });
      expect((await upload(m.current, store, fixture("invoice-gp.pdf"))).mimeType).toBe("application/pdf");

      await deleteUnattachedDocuments(testDb(), { olderThan: new Date(Date.now() - 24 * 60 * 60 * 1000) }, store);
      expect((await reservations(m.user.id)).map((r) => r.bytes)).toEqual([1000]);
    });
  });

  it("limits how much a member may hold unattached at once", async () => {
    const m = await member();
    await fakeStoredDocument(store, m.user.id, MAX_PENDING_BYTES_PER_USER - 100);
    const outcome = await uploadDocument(testDb(), m.current, input(fixture("invoice-gp.pdf")), store);
    expect(outcome).toEqual({ ok: false, status: 413, messageKey: "documents.errors.tooManyPending" });
  });
});
