import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { loadClaimFacts } from "../../cover/facts";
import { evaluateClaim, type ClaimCase } from "../../rules";
import { testDb } from "../../testing/db";
import { tempStore } from "../../testing/documents-db";
import { demoRefs, demoUser } from "../../testing/jobs-fixtures";
import { documentStore } from "../../documents/store";
import { invoiceFormSchema } from "../invoice-schema";
import { submitRequest } from "../member/submit";
import { makeRequestFormSchema, type RequestFormInput } from "../request-schema";
import { settleProviderInvoice } from "../settle";
import { decideRequest, requestRequestInformation } from "./decide";
import { listRequestQueue } from "./queue";
import { requestDecisionSchema } from "./schemas";

const files = tempStore();
let refs: Awaited<ReturnType<typeof demoRefs>>;
const noJob = async () => undefined;

beforeAll(async () => {
  process.env.DATA_DIR = files.dir;
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
});
afterAll(() => files.cleanup());

async function submitted(input: Partial<RequestFormInput>, now: Date) {
  const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  const values = makeRequestFormSchema({ today: "2026-12-01", nowLocal: "2026-12-01T00:00" }).parse({
    idempotencyKey: crypto.randomUUID(), personId: refs.mettePerson.id, category: "in_patient_treatment", setting: "in_patient", diagnosis: "Galdesten",
    plannedTreatment: "Kikkertoperation, fjernelse af galdeblære", providerName: "Privathospitalet Nord", plannedDate: "2026-12-20", estimatedCost: "40000", ...input,
  });
  return (await submitRequest(testDb(), user, values, { now, afterCommit: noJob })).authorisationId;
}

const handler = () => demoUser(testDb(), DEMO_USERS.handler.email);
const decision = (authorisationId: string, input: Record<string, unknown>) => requestDecisionSchema.parse({ authorisationId, locale: "da", outcome: "approve", validFrom: "2026-12-15", validTo: "2027-03-15", ...input });

describe("the handler's queue (GOP-2: by time left to 48 hours)", () => {
  it("lists open requests of the insurer, overdue first, then by deadline; waiting for the member last", async () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const waiting = await submitted({}, new Date("2026-11-30T08:00:00Z"));
    const overdue = await submitted({}, new Date("2026-11-30T10:00:00Z"));
    const later = await submitted({}, new Date("2026-12-02T11:00:00Z"));
    const sooner = await submitted({}, new Date("2026-12-01T18:00:00Z"));
    await requestRequestInformation(testDb(), await handler(), { authorisationId: waiting, text: "Send henvisningen." });
    const queue = (await listRequestQueue(testDb(), await handler(), now)).filter((item) => [waiting, overdue, later, sooner].includes(item.id));
    expect(queue.map((item) => item.id)).toEqual([overdue, sooner, later, waiting]);
    expect(queue.map((item) => item.hoursLeft)).toEqual([-2, 30, 47, -4]);
    expect(queue[3]!.status).toBe("INFORMATION_REQUESTED");
    const task = await testDb().memberTask.findFirstOrThrow({ where: { authorisationId: waiting } });
    expect(task).toMatchObject({ status: "OPEN", kind: "authorisation_information", userId: refs.mette.id });
  });
});

describe("a guarantee of payment, its letter and the provider's invoice (GOP-2, GOP-3)", () => {
  it("approves with an amount, settles invoices against it in exact øre, and turns the excess into a top-up", async () => {
    const provider = await testDb().provider.findFirstOrThrow({ where: { insurerId: refs.policy.insurerId } });
    await testDb().provider.update({ where: { id: provider.id }, data: { email: "faktura@klinik.test" } });
    const id = await submitted({ providerId: provider.id, providerName: provider.name }, new Date("2026-12-01T09:00:00Z"));
    await decideRequest(testDb(), await handler(), decision(id, { amount: "38500", directBilling: true, conditions: "Kun den nævnte operation." }));

    const gop = await testDb().authorisation.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(gop).toMatchObject({ status: "APPROVED", kind: "GUARANTEE_OF_PAYMENT", approvedAmountMinor: 3_850_000, directBilling: true, memberShareMinor: 150_000 });
    expect(gop.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["RECEIVED", "DECIDED", "GOP_ISSUED"]));
    expect(await documentStore().exists((await testDb().document.findUniqueOrThrow({ where: { id: gop.letterDocumentId! } })).storageKey)).toBe(true);
    const providerMail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: "faktura@klinik.test", template: "authorisation-provider-guarantee" } });
    expect(providerMail.textBody).toContain(gop.reference);
    expect(providerMail.textBody).not.toContain("Galdesten");

    // The deductible the member pays on this guarantee (BEN-4), as the engine proposed it.
    const deductible = gop.deductibleMinor!;
    const hand = await handler();
    const invoice = (amount: string, number: string) =>
      invoiceFormSchema.parse({ authorisationId: id, idempotencyKey: crypto.randomUUID(), locale: "da", invoiceNumber: number, invoiceDate: "2026-12-21", amount });
    const first = await settleProviderInvoice(testDb(), hand.userId, invoice("10000", "F-1"));
    const second = await settleProviderInvoice(testDb(), hand.userId, invoice("32000,50", "F-2"));
    const rows = await testDb().authorisationInvoice.findMany({ where: { authorisationId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.amountMinor, r.coveredMinor, r.deductibleMinor, r.memberShareMinor, r.aboveGuaranteeMinor])).toEqual([
      [1_000_000, 1_000_000 - deductible, deductible, deductible, 0],
      [3_200_050, 3_850_000 - (1_000_000 - deductible), 0, 0, 3_200_050 - (3_850_000 - (1_000_000 - deductible))],
    ]);
    expect(first.status).toBe("SETTLED");
    expect(second.status).toBe("TOP_UP_REQUESTED");

    // The claims engine sees what is left of the guarantee: nothing.
    const facts = await loadClaimFacts(testDb(), { policyId: gop.policyId, personId: gop.personId });
    expect(facts.guarantees.find((g) => g.id === gop.reference)?.amountMinor).toBe(0);

    // The handler approves the top-up: the excess is settled against it, the member pays nothing more.
    const topUp = await testDb().authorisation.findUniqueOrThrow({ where: { id: second.topUpId! } });
    expect(topUp).toMatchObject({ status: "IN_REVIEW", topUpOfId: id, estimatedCostMinor: rows[1]!.aboveGuaranteeMinor });
    await decideRequest(testDb(), hand, decision(topUp.id, { amount: "1000", directBilling: true }));
    const topUpInvoice = await testDb().authorisationInvoice.findFirstOrThrow({ where: { authorisationId: topUp.id } });
    expect(topUpInvoice).toMatchObject({ amountMinor: rows[1]!.aboveGuaranteeMinor, coveredMinor: 100_000, memberShareMinor: rows[1]!.aboveGuaranteeMinor - 100_000 });
    expect((await testDb().authorisationInvoice.findUniqueOrThrow({ where: { id: rows[1]!.id } })).status).toBe("SETTLED");
    const mail = await testDb().outboundEmail.findFirst({ where: { template: "authorisation-top-up", textBody: { contains: gop.reference } } });
    expect(mail).not.toBeNull();
  });

  it("a claim for the same treatment finds the guarantee: no PA-4 reduction, capped at the guarantee (GOP-3)", async () => {
    const id = await submitted({ plannedDate: "2026-12-05" }, new Date("2026-12-01T09:00:00Z"));
    await decideRequest(testDb(), await handler(), decision(id, { amount: "20000", validFrom: "2026-12-01", validTo: "2026-12-31" }));
    const gop = await testDb().authorisation.findUniqueOrThrow({ where: { id } });
    const facts = await loadClaimFacts(testDb(), { policyId: gop.policyId, personId: gop.personId });
    const claim = (guarantees: ClaimCase["guarantees"]): ClaimCase => ({
      today: "2026-12-31", plan: facts.plan, policy: facts.policy, person: facts.person, history: facts.history, preAuthorisations: [], guarantees, approvedConditions: [],
      claim: { id: "c", currency: "DKK", lines: [{ id: "1", date: "2026-12-05", categoryCode: "in_patient_treatment", setting: "in_patient", country: "DK", inNetwork: true, amountMinor: 3_000_000, quantity: 1, emergency: false, referralPresent: true, prescriptionPresent: false, receiptPresent: true, otherInsurance: { declared: false }, paidByPublicMinor: 0, exclusionCodes: [], preExisting: false, acuteSeriousIllnessOrAccident: false, noNetworkProviderWithin50Km: false, notAvailableFromLocalNetwork: false } as ClaimCase["claim"]["lines"][number]] },
    });
    const withGuarantee = evaluateClaim(claim(facts.guarantees.filter((g) => g.id === gop.reference))).lines[0]!;
    const without = evaluateClaim(claim([])).lines[0]!;
    expect(withGuarantee.steps.map((s) => s.ruleId)).not.toContain("PA-4");
    expect(withGuarantee.steps.map((s) => s.ruleId)).toContain("GOP-3");
    expect(withGuarantee.payableMinor).toBe(2_000_000);
    expect(without.steps.map((s) => s.ruleId)).toContain("PA-4");
  });

  it("a refusal needs a rule id; an answered request cannot be answered again", async () => {
    const id = await submitted({}, new Date("2026-12-01T09:00:00Z"));
    expect(requestDecisionSchema.safeParse({ authorisationId: id, outcome: "refuse" }).error?.issues[0]?.message).toBe("authorisations.errors.ruleIdRequired");
    await decideRequest(testDb(), await handler(), requestDecisionSchema.parse({ authorisationId: id, outcome: "refuse", ruleId: "ELG-7", note: "Kosmetisk." }));
    expect(await testDb().authorisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", refusalRuleId: "ELG-7", letterDocumentId: null });
    await expect(decideRequest(testDb(), await handler(), decision(id, { amount: "1" }))).rejects.toMatchObject({ messageKey: "authorisations.errors.notOpen" });
  });
});
