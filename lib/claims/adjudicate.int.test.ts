import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../db/seed/demo";
import { copenhagenDay } from "../i18n/format";
import { createInsurer, testDb } from "../testing/db";
import { createSubmittedClaim, demoRefs } from "../testing/jobs-fixtures";
import { adjudicateClaim, buildAdjudicationCase } from "./adjudicate";
import type { SettlementContent } from "./settlement-content";

let refs: Awaited<ReturnType<typeof demoRefs>>;

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
});

const claimFor = (lines: Parameters<typeof createSubmittedClaim>[1]["lines"]) =>
  createSubmittedClaim(testDb(), { policyId: refs.policy.id, personId: refs.mettePerson.id, userId: refs.mette.id, lines });

describe("adjudicateClaim", () => {
  it("decides a rule-clear claim: lines, events, settlement note and one mail", async () => {
    const claim = await claimFor([{ category: "gp_consultation", amountMinor: 80_000 }, { category: "specialist_consultation", amountMinor: 150_000 }]);
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("decided");

    const decided = await testDb().claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { lines: { orderBy: { lineNo: "asc" } }, events: true, settlementNote: true },
    });
    expect(decided.status).toBe("DECIDED");
    expect(decided.decidedAt).not.toBeNull();
    for (const line of decided.lines) {
      expect(line.outcome).toMatch(/APPROVED|PARTLY_APPROVED|REJECTED/);
      expect(line.payableMinor).not.toBeNull();
      expect(line.memberShareMinor).toBe(line.amountMinor - line.payableMinor!);
      expect((line.steps as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
    }
    expect(decided.payableTotalMinor).toBe(decided.lines.reduce((sum, l) => sum + l.payableMinor!, 0));
    expect(decided.events.map((e) => e.kind).sort()).toEqual(["AUTO_DECIDED", "DECIDED", "RECEIVED", "SETTLEMENT_ISSUED"]);

    const note = decided.settlementNote!;
    expect(note.number).toMatch(/^SN-\d{4}-\d{6}$/);
    expect(note.payableTotalMinor).toBe(decided.payableTotalMinor);
    expect(note.payeeName).toBe("Mette Jensen");
    expect(note.payeeAccountMasked).toBe("•••• 5678");
    const content = note.content as unknown as SettlementContent;
    expect(content.lines).toHaveLength(2);
    expect(content.lines[0]!.category.label).toEqual({ da: "Lægekonsultation", en: "GP consultation" });
    expect(content.lines[0]!.steps.every((s) => s.ruleId && s.da && s.en)).toBe(true);

    const mails = await testDb().outboundEmail.findMany({ where: { template: "claim-decided", textBody: { contains: decided.number } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe("mette@demo.dk");
    expect(mails[0]!.textBody).toContain(`/member/claims/${claim.id}`);
    expect(mails[0]!.textBody).not.toContain("Test"); // no diagnosis
    expect(mails[0]!.textBody).not.toMatch(/kr\.|DKK/); // no amounts
  });

  it("sends a claim that needs information to the handler queue with the reason", async () => {
    const claim = await claimFor([{ category: "prescribed_drugs", amountMinor: 40_000, prescriptionPresent: false }]);
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("in_review");
    const row = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { events: true, settlementNote: true } });
    expect(row.status).toBe("IN_REVIEW");
    expect(row.reviewReason).toContain("needs_information");
    expect(row.reviewReason).toContain("CLM-1");
    expect(row.engineDecision).not.toBeNull();
    expect(row.settlementNote).toBeNull();
    const event = row.events.find((e) => e.kind === "IN_REVIEW")!;
    expect(event.actorUserId).toBeNull();
    expect(JSON.stringify(event.data)).toContain("CLM-1");
  });

  it("never decides twice: sequential and concurrent runs make one decision, one note, one mail", async () => {
    const claim = await claimFor([{ category: "gp_consultation", amountMinor: 60_000 }]);
    const results = await Promise.all([adjudicateClaim(testDb(), claim.id), adjudicateClaim(testDb(), claim.id), adjudicateClaim(testDb(), claim.id)]);
    expect(results.filter((r) => r === "decided")).toHaveLength(1);
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("skipped");
    const events = await testDb().claimEvent.findMany({ where: { claimId: claim.id, kind: "DECIDED" } });
    expect(events).toHaveLength(1);
    expect(await testDb().settlementNote.count({ where: { claimId: claim.id } })).toBe(1);
    const number = (await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).number;
    expect(await testDb().outboundEmail.count({ where: { template: "claim-decided", textBody: { contains: number } } })).toBe(1);
  });

  it("writes the decided mail in the member's stored language (User.locale)", async () => {
    const subjectOf = async (number: string) =>
      (await testDb().outboundEmail.findFirstOrThrow({ where: { template: "claim-decided", textBody: { contains: number } } })).subject;
    try {
      await testDb().user.update({ where: { id: refs.mette.id }, data: { locale: "en" } });
      const english = await claimFor([{ category: "gp_consultation", amountMinor: 60_000 }]);
      expect(await adjudicateClaim(testDb(), english.id)).toBe("decided");
      expect(await subjectOf(english.number)).toBe(`Your claim ${english.number} has been decided`);

      await testDb().user.update({ where: { id: refs.mette.id }, data: { locale: "da" } });
      const danish = await claimFor([{ category: "gp_consultation", amountMinor: 60_000 }]);
      expect(await adjudicateClaim(testDb(), danish.id)).toBe("decided");
      expect(await subjectOf(danish.number)).toBe(`Din skade ${danish.number} er afgjort`);
    } finally {
      await testDb().user.update({ where: { id: refs.mette.id }, data: { locale: refs.mette.locale } });
    }
  });

  it("maps the stored claim and lines to the engine's case, with network status from the claim's own insurer only (PA-6)", async () => {
    const insurerId = refs.policy.insurerId;
    const other = await createInsurer({ name: "Anden Forsikring" });
    const provider = (data: { insurerId: string; name: string; inNetwork: boolean }) =>
      testDb().provider.create({ data: { ...data, speciality: "Almen praksis", region: "Hovedstaden", city: "København" } });
    const ownInNetwork = await provider({ insurerId, name: "Klinik Nord", inNetwork: true });
    const ownOutOfNetwork = await provider({ insurerId, name: "Klinik Syd", inNetwork: false });
    // Same name as one of the insurer's own in-network providers, but another insurer's row.
    const foreign = await provider({ insurerId: other.id, name: "Klinik Nord", inNetwork: true });

    const claim = await claimFor([
      { category: "gp_consultation", amountMinor: 60_000, providerId: foreign.id },
      { category: "gp_consultation", amountMinor: 61_000, providerId: ownInNetwork.id },
      { category: "specialist_consultation", amountMinor: 62_000, providerId: ownOutOfNetwork.id, referralPresent: false },
      { category: "gp_consultation", amountMinor: 63_000 },
    ]);
    const stored = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true } });
    const today = copenhagenDay(stored.submittedAt!);
    const built = await buildAdjudicationCase(testDb(), stored, today);

    expect(built.today).toBe(today);
    expect(built.claim.id).toBe(stored.number);
    expect(built.claim.lines.map((line) => line.inNetwork)).toEqual([false, true, false, true]);
    expect(built.claim.lines.map((line) => [line.id, line.categoryCode, line.amountMinor, line.referralPresent, line.setting, line.quantity])).toEqual([
      ["0", "gp_consultation", 60_000, true, "out_patient", 1],
      ["1", "gp_consultation", 61_000, true, "out_patient", 1],
      ["2", "specialist_consultation", 62_000, false, "out_patient", 1],
      ["3", "gp_consultation", 63_000, true, "out_patient", 1],
    ]);
    expect(built.claim.lines[0]).toMatchObject({ diagnosis: "Test", country: "DK", currency: "DKK", receiptPresent: true, otherInsurance: { declared: false } });
  });

  it("skips claims that are not SUBMITTED and unknown ids", async () => {
    expect(await adjudicateClaim(testDb(), "00000000-0000-7000-8000-000000000000")).toBe("skipped");
    const claim = await claimFor([{ category: "gp_consultation", amountMinor: 60_000 }]);
    await testDb().claim.update({ where: { id: claim.id }, data: { status: "WITHDRAWN" } });
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("skipped");
  });
});
