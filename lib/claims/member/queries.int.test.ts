import { describe, expect, it } from "vitest";
import { testDb } from "../../testing/db";
import { createClaim, family, otherMember } from "../../testing/follow-up-fixtures";
import { getClaimForMember } from "./claim-detail";
import { listClaimsForMember } from "./queries";

const at = (iso: string) => new Date(iso);

describe("listClaimsForMember (FAM-7)", () => {
  it("shows the member's own and their children's claims, newest first, never the spouse's", async () => {
    const f = await family();
    const own = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, createdAt: at("2026-10-01T10:00:00Z") });
    const childs = await createClaim({
      policyId: f.policy.id,
      personId: f.child.id,
      submittedById: f.mainUser.id,
      createdAt: at("2026-11-01T10:00:00Z"),
      lines: [
        { date: "2026-10-28", category: "specialist_consultation", amountMinor: 145_000 },
        { date: "2026-10-20", category: "gp_consultation", amountMinor: 50_000 },
      ],
    });
    const spouses = await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id, createdAt: at("2026-11-05T10:00:00Z") });

    const list = await listClaimsForMember(testDb(), f.mainMember, { locale: "en" });
    expect(list.items.map((item) => item.id)).toEqual([childs.id, own.id]);
    expect(list.total).toBe(2);
    expect(list.persons.map((person) => [person.name, person.relation])).toEqual([
      ["Mette Jensen", "self"],
      ["Emma Jensen", "child"],
    ]);
    const [first] = list.items;
    expect(first).toMatchObject({
      number: childs.number,
      personName: "Emma Jensen",
      firstTreatmentDate: "2026-10-20",
      claimedTotalMinor: 195_000,
      payableTotalMinor: null,
      href: `/member/claims/${childs.id}`,
      continueHref: null,
    });
    expect([...(first?.categories ?? [])].sort()).toEqual(["GP consultation", "Specialist consultation"]);

    // Reading the list is a read of both people's health data: one audit row each, naming the claims shown.
    const audits = await testDb().auditEvent.findMany({ where: { actorUserId: f.mainUser.id, action: "claims.list" }, orderBy: { personId: "asc" } });
    expect(audits.map((a) => [a.personId, (a.metadata as { claimIds: string[] }).claimIds]).sort()).toEqual(
      [
        [f.child.id, [childs.id]],
        [f.main.id, [own.id]],
      ].sort(),
    );

    const spouseList = await listClaimsForMember(testDb(), f.spouseMember, {});
    expect(spouseList.items.map((item) => item.id)).toEqual([spouses.id]);
    expect(spouseList.persons.map((person) => person.personId)).toEqual([f.spouse.id]);
  });

  it("filters by person and status; a person outside the allowed set gives an empty list, not their claims", async () => {
    const f = await family();
    await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, status: "PAID", lines: [{ date: "2026-09-01", category: "physiotherapy", amountMinor: 52_000, payableMinor: 41_600 }] });
    const childInReview = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id, status: "IN_REVIEW" });
    await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id, status: "IN_REVIEW" });

    const byChild = await listClaimsForMember(testDb(), f.mainMember, { personId: f.child.id });
    expect(byChild.items.map((item) => item.id)).toEqual([childInReview.id]);

    const inReview = await listClaimsForMember(testDb(), f.mainMember, { status: "IN_REVIEW" });
    expect(inReview.items.map((item) => item.id)).toEqual([childInReview.id]);

    const paid = await listClaimsForMember(testDb(), f.mainMember, { status: "PAID" });
    expect(paid.items.map((item) => item.payableTotalMinor)).toEqual([41_600]);

    const spouseFilter = await listClaimsForMember(testDb(), f.mainMember, { personId: f.spouse.id });
    expect(spouseFilter).toMatchObject({ items: [], total: 0 });
    const bogus = await listClaimsForMember(testDb(), f.mainMember, { personId: "not-a-uuid" });
    expect(bogus).toMatchObject({ items: [], total: 0 });
  });

  it("pages with a stable order and a total", async () => {
    const f = await family();
    for (let day = 1; day <= 5; day++) {
      await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, createdAt: at(`2026-10-0${day}T10:00:00Z`) });
    }
    const page1 = await listClaimsForMember(testDb(), f.mainMember, { page: 1, pageSize: 2 });
    const page3 = await listClaimsForMember(testDb(), f.mainMember, { page: 3, pageSize: 2 });
    expect(page1).toMatchObject({ total: 5, pageCount: 3, page: 1 });
    expect(page1.items.map((item) => item.createdAt.slice(0, 10))).toEqual(["2026-10-05", "2026-10-04"]);
    expect(page3.items.map((item) => item.createdAt.slice(0, 10))).toEqual(["2026-10-01"]);
  });

  it("lists only the drafter's own drafts, with a link to continue them in the claim form", async () => {
    const f = await family();
    const mine = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id, status: "DRAFT" });
    // A draft about the child that someone else started (e.g. under a power of attorney) stays theirs.
    await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.spouseUser.id, status: "DRAFT" });
    const list = await listClaimsForMember(testDb(), f.mainMember, {});
    expect(list.items.map((item) => [item.id, item.continueHref])).toEqual([[mine.id, `/member/claims/${mine.id}/edit`]]);
  });
});

describe("getClaimForMember", () => {
  it("returns a child's claim with lines, steps, events and documents, and audits the read", async () => {
    const f = await family();
    const claim = await createClaim({
      policyId: f.policy.id,
      personId: f.child.id,
      submittedById: f.mainUser.id,
      status: "DECIDED",
      lines: [
        {
          date: "2026-11-12",
          category: "specialist_consultation",
          amountMinor: 145_000,
          outcome: "PARTLY_APPROVED",
          payableMinor: 100_000,
          steps: {
            steps: [
              { kind: "claimed", ruleId: "BEN-7", amountMinor: 145_000, changeMinor: 0, da: "Anmeldt beløb", en: "Amount claimed" },
              { kind: "coverage", ruleId: "BEN-1", amountMinor: 116_000, changeMinor: -29_000, da: "80 %", en: "80%" },
            ],
            reasons: [{ ruleId: "BEN-1", da: "Maksimum", en: "Maximum" }],
            adjustment: { proposedPayableMinor: 116_000, payableMinor: 100_000, ruleId: "BEN-6", reason: "Above the usual price", byUserId: f.handler.id, at: "2026-11-20T10:00:00Z" },
          },
        },
      ],
      events: [
        { kind: "RECEIVED", at: "2026-11-17T19:40:00Z" },
        { kind: "DECIDED", at: "2026-11-20T10:00:00Z" },
      ],
    });
    await testDb().document.create({
      data: { storageKey: `k-${claim.id}`, originalName: "faktura æøå.pdf", mimeType: "application/pdf", sizeBytes: 2048, sha256: "0".repeat(64), ownerUserId: f.mainUser.id, claimId: claim.id, personId: f.child.id, kind: "INVOICE" },
    });
    await testDb().settlementNote.create({
      data: { claimId: claim.id, number: `SN-${claim.id}`, currency: "DKK", claimedTotalMinor: 145_000, payableTotalMinor: 100_000, memberShareMinor: 45_000, payeeName: "Mette Jensen", content: {} },
    });

    const detail = await getClaimForMember(testDb(), f.mainMember, claim.id, { locale: "en", ip: "127.0.0.1" });
    expect(detail).toMatchObject({
      number: claim.number,
      personName: "Emma Jensen",
      status: "DECIDED",
      payableTotalMinor: 100_000,
      memberShareTotalMinor: 45_000,
      settlementNoteHref: `/member/claims/${claim.id}/settlement`,
      openTask: null,
    });
    expect(detail?.lines[0]).toMatchObject({
      categoryLabel: "Specialist consultation",
      outcome: "PARTLY_APPROVED",
      adjusted: true,
      adjustmentReason: "Above the usual price",
      adjustmentRuleId: "BEN-6",
      reasons: [{ ruleId: "BEN-1", da: "Maksimum", en: "Maximum" }],
    });
    expect(detail?.lines[0]?.steps.map((step) => step.ruleId)).toEqual(["BEN-7", "BEN-1"]);
    expect(detail?.documents).toEqual([expect.objectContaining({ originalName: "faktura æøå.pdf", kind: "INVOICE", href: expect.stringMatching(/^\/api\/documents\//) })]);
    expect(detail?.events.map((event) => event.kind)).toEqual(["RECEIVED", "DECIDED"]);

    const audits = await testDb().auditEvent.findMany({ where: { subjectType: "Claim", subjectId: claim.id } });
    expect(audits).toEqual([expect.objectContaining({ action: "claim.read", actorUserId: f.mainUser.id, personId: f.child.id, ip: "127.0.0.1" })]);
  });

  it("answers null (→ 404) for the spouse's claim, another member's claim, someone else's draft and a malformed id — and audits nothing", async () => {
    const f = await family();
    const other = await otherMember();
    const spouses = await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id });
    const strangers = await createClaim({ policyId: other.policy.id, personId: other.person.id, submittedById: other.user.id });
    const othersDraft = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.spouseUser.id, status: "DRAFT" });

    for (const id of [spouses.id, strangers.id, othersDraft.id, "../etc/passwd", "00000000-0000-0000-0000-000000000000"]) {
      expect(await getClaimForMember(testDb(), f.mainMember, id)).toBeNull();
    }
    expect(await getClaimForMember(testDb(), other.member, spouses.id)).toBeNull();
    const audits = await testDb().auditEvent.count({ where: { subjectId: { in: [spouses.id, strangers.id, othersDraft.id] } } });
    expect(audits).toBe(0);

    // The spouse reads their own claim.
    expect(await getClaimForMember(testDb(), f.spouseMember, spouses.id)).toMatchObject({ id: spouses.id, personName: "Lars Jensen" });
  });

  it("shows the open information task with the request's rule id", async () => {
    const f = await family();
    const claim = await createClaim({
      policyId: f.policy.id,
      personId: f.main.id,
      submittedById: f.mainUser.id,
      status: "INFORMATION_REQUESTED",
      events: [{ kind: "INFORMATION_REQUESTED", at: "2026-11-11T10:30:00Z", data: { reason: "Send the referral", ruleId: "CLM-4" } }],
    });
    await testDb().memberTask.create({ data: { userId: f.mainUser.id, claimId: claim.id, kind: "CLAIM_INFORMATION", text: "Send the referral" } });
    const detail = await getClaimForMember(testDb(), f.mainMember, claim.id);
    expect(detail?.openTask).toMatchObject({ text: "Send the referral", ruleId: "CLM-4" });
  });
});
