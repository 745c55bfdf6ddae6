import { describe, expect, it } from "vitest";
import { testDb, unique } from "../testing/db";
import { createClaim, createUpload, family, otherMember } from "../testing/follow-up-fixtures";
import { INBOX_PAGE_SIZE, listInbox } from "./documents";

/** The document inbox: issued and uploaded, newest first, only what the member may open (FAM-7), audited. */

async function settlementNote(claimId: string, issuedAt: Date) {
  return testDb().settlementNote.create({
    data: { claimId, number: unique("S-"), currency: "DKK", claimedTotalMinor: 1, payableTotalMinor: 1, memberShareMinor: 0, payeeName: "Mette", content: {}, issuedAt },
  });
}

async function attach(documentId: string, data: { claimId?: string; personId?: string; createdAt: Date }) {
  return testDb().document.update({ where: { id: documentId }, data: { ...data, attachedAt: data.createdAt } });
}

describe("listInbox", () => {
  it("lists settlement notes, letters and uploads of the member and their child, newest first, never the spouse's", async () => {
    const f = await family();
    const own = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, status: "DECIDED" });
    const child = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id, status: "PAID" });
    const spouse = await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id, status: "DECIDED" });
    await settlementNote(own.id, new Date("2026-10-01T10:00:00Z"));
    await settlementNote(child.id, new Date("2026-10-03T10:00:00Z"));
    await settlementNote(spouse.id, new Date("2026-10-04T10:00:00Z"));
    const invoice = await attach((await createUpload(f.mainUser.id, "faktura.pdf")).id, { claimId: own.id, personId: f.main.id, createdAt: new Date("2026-10-02T10:00:00Z") });
    const spouseFile = await attach((await createUpload(f.spouseUser.id, "lars.pdf")).id, { claimId: spouse.id, personId: f.spouse.id, createdAt: new Date("2026-10-05T10:00:00Z") });
    await createUpload(f.mainUser.id, "unattached.pdf");

    const inbox = await listInbox(testDb(), f.mainMember, { ip: "203.0.113.9" });
    expect(inbox.items.map((item) => [item.kind, item.reference])).toEqual([
      ["settlement_note", child.number],
      ["uploaded", own.number],
      ["settlement_note", own.number],
    ]);
    expect(inbox.total).toBe(3);
    expect(inbox.items[0]!.downloadHref).toBe(`/api/claims/${child.id}/settlement-note`);
    expect(inbox.items[1]).toMatchObject({ id: invoice.id, name: "faktura.pdf", downloadHref: `/api/documents/${invoice.id}`, personId: f.main.id });
    expect(inbox.items.some((item) => item.id === spouseFile.id)).toBe(false);

    const audited = await testDb().auditEvent.findMany({ where: { actorUserId: f.mainUser.id, action: "documents.list" } });
    expect(audited.map((row) => row.personId).sort()).toEqual([f.main.id, f.child.id].sort());

    const spouseInbox = await listInbox(testDb(), f.spouseMember, { ip: null });
    expect(spouseInbox.items.map((item) => item.reference).sort()).toEqual([spouse.number, spouse.number]);
  });

  it("shows an issued approval letter as a letter, and another member sees nothing of the family", async () => {
    const f = await family();
    const letter = await createUpload(f.mainUser.id, "GOP-2026-000123.pdf");
    await attach(letter.id, { personId: f.main.id, createdAt: new Date("2026-09-01T10:00:00Z") });
    const authorisation = await testDb().authorisation.create({
      data: {
        reference: unique("GOP-T-"), kind: "GUARANTEE_OF_PAYMENT", policyId: f.policy.id, personId: f.main.id, requestedById: f.mainUser.id,
        status: "APPROVED", category: "day_patient_treatment", diagnosis: "Knæ", plannedTreatment: "Artroskopi", providerName: "Privathospitalet",
        plannedDate: new Date("2026-09-10"), currency: "DKK", letterDocumentId: letter.id,
      },
    });
    const inbox = await listInbox(testDb(), f.mainMember, { ip: null });
    expect(inbox.items).toEqual([expect.objectContaining({ kind: "authorisation_letter", reference: authorisation.reference, documentKind: null })]);

    const stranger = await otherMember();
    expect((await listInbox(testDb(), stranger.member, { ip: null })).items).toEqual([]);
  });

  it("pages newest first", async () => {
    const f = await family();
    const claim = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id });
    for (let i = 0; i < INBOX_PAGE_SIZE + 3; i++) {
      const doc = await createUpload(f.mainUser.id, `bilag-${i}.pdf`);
      await attach(doc.id, { claimId: claim.id, personId: f.main.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    }
    const first = await listInbox(testDb(), f.mainMember, { ip: null });
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 3, pageCount: 2 });
    expect(first.items[0]!.name).toBe(`bilag-${INBOX_PAGE_SIZE + 2}.pdf`);
    const second = await listInbox(testDb(), f.mainMember, { ip: null, page: 2 });
    expect(second.items.map((item) => item.name)).toEqual(["bilag-2.pdf", "bilag-1.pdf", "bilag-0.pdf"]);
  });
});
