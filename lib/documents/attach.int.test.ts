import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../testing/db";
import { attachDocuments, DocumentAttachError, type AttachDocumentsInput } from "./attach";
import { MAX_CLAIM_BYTES } from "./limits";
import { createClaim, fakeStoredDocument, member, tempStore, upload } from "../testing/documents-db";
import { fixture } from "../testing/documents-files";

const { store, cleanup } = tempStore();
afterAll(cleanup);

const attach = (input: AttachDocumentsInput) => testDb().$transaction((tx) => attachDocuments(tx, input));

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DocumentAttachError);
  return (error as DocumentAttachError).messageKey;
}

describe("attachDocuments", () => {
  it("links the member's uploads to the claim and its lines, with kind, person and time", async () => {
    const m = await member();
    const { claim, lines } = await createClaim(m, { lines: 2 });
    const invoice = await upload(m.current, store, fixture("invoice-gp.pdf"), "faktura.pdf");
    const referral = await upload(m.current, store, fixture("referral.pdf"), "henvisning.pdf");

    await attach({
      userId: m.user.id,
      claimId: claim.id,
      personId: m.person.id,
      documents: [
        { documentId: invoice.id, kind: "INVOICE", claimLineIds: [lines[0]!.id, lines[1]!.id] },
        { documentId: referral.id, kind: "REFERRAL", claimLineIds: [lines[1]!.id] },
      ],
    });

    const rows = await testDb().document.findMany({ where: { claimId: claim.id }, orderBy: { originalName: "asc" }, include: { claimLines: true } });
    expect(rows.map((r) => [r.originalName, r.kind, r.personId, r.claimLines.map((l) => l.claimLineId).sort()])).toEqual([
      ["faktura.pdf", "INVOICE", m.person.id, [lines[0]!.id, lines[1]!.id].sort()],
      ["henvisning.pdf", "REFERRAL", m.person.id, [lines[1]!.id]],
    ]);
    expect(rows.every((r) => r.attachedAt instanceof Date)).toBe(true);
  });

  it("re-attaching (draft saved again) replaces the links of those documents and keeps the first attach time", async () => {
    const m = await member();
    const { claim, lines } = await createClaim(m, { lines: 2 });
    const doc = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const base = { userId: m.user.id, claimId: claim.id, personId: m.person.id };
    await attach({ ...base, documents: [{ documentId: doc.id, kind: "OTHER", claimLineIds: [lines[0]!.id] }] });
    const first = (await testDb().document.findUniqueOrThrow({ where: { id: doc.id } })).attachedAt;
    await attach({ ...base, documents: [{ documentId: doc.id, kind: "RECEIPT", claimLineIds: [lines[1]!.id] }] });

    const row = await testDb().document.findUniqueOrThrow({ where: { id: doc.id }, include: { claimLines: true } });
    expect(row.kind).toBe("RECEIPT");
    expect(row.claimLines.map((l) => l.claimLineId)).toEqual([lines[1]!.id]);
    expect(row.attachedAt).toEqual(first);
  });

  it("adding documents later (information response) leaves the claim's other documents alone", async () => {
    const m = await member();
    const { claim, lines } = await createClaim(m);
    const base = { userId: m.user.id, claimId: claim.id, personId: m.person.id };
    const first = await upload(m.current, store, fixture("invoice-gp.pdf"));
    await attach({ ...base, documents: [{ documentId: first.id, kind: "INVOICE", claimLineIds: [lines[0]!.id] }] });
    const later = await upload(m.current, store, fixture("referral.pdf"));
    await attach({ ...base, documents: [{ documentId: later.id, kind: "REFERRAL", claimLineIds: [] }] });
    expect(await testDb().document.count({ where: { claimId: claim.id } })).toBe(2);
    expect(await testDb().claimLineDocument.count({ where: { documentId: first.id } })).toBe(1);
  });

  it("refuses someone else's document", async () => {
    const m = await member();
    const other = await member();
    const { claim } = await createClaim(m);
    const theirs = await upload(other.current, store, fixture("invoice-gp.pdf"));
    const key = await refusal(attach({ userId: m.user.id, claimId: claim.id, personId: m.person.id, documents: [{ documentId: theirs.id, kind: "INVOICE", claimLineIds: [] }] }));
    expect(key).toBe("documents.errors.notFound");
    expect((await testDb().document.findUniqueOrThrow({ where: { id: theirs.id } })).claimId).toBeNull();
  });

  it("refuses a document attached to another claim", async () => {
    const m = await member();
    const { claim: first } = await createClaim(m);
    const { claim: second } = await createClaim(m);
    const doc = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const base = { userId: m.user.id, personId: m.person.id, documents: [{ documentId: doc.id, kind: "INVOICE" as const, claimLineIds: [] }] };
    await attach({ ...base, claimId: first.id });
    expect(await refusal(attach({ ...base, claimId: second.id }))).toBe("documents.errors.attachedElsewhere");
  });

  it("refuses a line of another claim", async () => {
    const m = await member();
    const { claim } = await createClaim(m);
    const { lines: otherLines } = await createClaim(m);
    const doc = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const key = await refusal(
      attach({ userId: m.user.id, claimId: claim.id, personId: m.person.id, documents: [{ documentId: doc.id, kind: "INVOICE", claimLineIds: [otherLines[0]!.id] }] }),
    );
    expect(key).toBe("documents.errors.lineNotFound");
  });

  it("refuses a person that is not the claim's", async () => {
    const m = await member();
    const { claim } = await createClaim(m);
    const doc = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const other = await member();
    const key = await refusal(attach({ userId: m.user.id, claimId: claim.id, personId: other.person.id, documents: [{ documentId: doc.id, kind: "INVOICE", claimLineIds: [] }] }));
    expect(key).toBe("documents.errors.claimNotFound");
  });

  it("refuses a total over 60 MB, counting what the claim already has, and writes nothing", async () => {
    const m = await member();
    const { claim } = await createClaim(m);
    const base = { userId: m.user.id, claimId: claim.id, personId: m.person.id };
    const a = await fakeStoredDocument(store, m.user.id, 25 * 1024 * 1024);
    const b = await fakeStoredDocument(store, m.user.id, 25 * 1024 * 1024);
    await attach({ ...base, documents: [a, b].map((d) => ({ documentId: d.id, kind: "INVOICE" as const, claimLineIds: [] })) });

    const c = await fakeStoredDocument(store, m.user.id, MAX_CLAIM_BYTES - 50 * 1024 * 1024 + 1);
    expect(await refusal(attach({ ...base, documents: [{ documentId: c.id, kind: "RECEIPT", claimLineIds: [] }] }))).toBe("documents.errors.claimTotalTooLarge");
    expect((await testDb().document.findUniqueOrThrow({ where: { id: c.id } })).claimId).toBeNull();

    // Exactly 60 MB fits; re-attaching documents already on the claim does not count them twice.
    const d = await fakeStoredDocument(store, m.user.id, MAX_CLAIM_BYTES - 50 * 1024 * 1024);
    await attach({ ...base, documents: [a, d].map((x) => ({ documentId: x.id, kind: "RECEIPT" as const, claimLineIds: [] })) });
    expect(await testDb().document.count({ where: { claimId: claim.id } })).toBe(3);
  });

  it("rolls back everything when one of several documents is refused", async () => {
    const m = await member();
    const other = await member();
    const { claim } = await createClaim(m);
    const mine = await upload(m.current, store, fixture("invoice-gp.pdf"));
    const theirs = await upload(other.current, store, fixture("referral.pdf"));
    await refusal(
      attach({
        userId: m.user.id,
        claimId: claim.id,
        personId: m.person.id,
        documents: [mine, theirs].map((d) => ({ documentId: d.id, kind: "INVOICE" as const, claimLineIds: [] })),
      }),
    );
    expect((await testDb().document.findUniqueOrThrow({ where: { id: mine.id } })).claimId).toBeNull();
  });

  it("two concurrent attaches to one claim cannot together pass 60 MB", async () => {
    const m = await member();
    const { claim } = await createClaim(m);
    const base = { userId: m.user.id, claimId: claim.id, personId: m.person.id };
    const x = await fakeStoredDocument(store, m.user.id, 40 * 1024 * 1024);
    const y = await fakeStoredDocument(store, m.user.id, 40 * 1024 * 1024);
    const results = await Promise.allSettled([
      attach({ ...base, documents: [{ documentId: x.id, kind: "INVOICE", claimLineIds: [] }] }),
      attach({ ...base, documents: [{ documentId: y.id, kind: "INVOICE", claimLineIds: [] }] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await testDb().document.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
