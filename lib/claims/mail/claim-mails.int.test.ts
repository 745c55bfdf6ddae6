import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { settleOutboxKicks } from "../../mail/outbox";
import { testDb } from "../../testing/db";
import { createSubmittedClaim, demoRefs, demoUser } from "../../testing/jobs-fixtures";
import { adjudicateClaim } from "../adjudicate";
import { postClaimMessage } from "../messages";
import { respondToInformationRequest } from "../member/information-response";
import { decideClaim } from "../review/decide";
import { recordRefundPaid } from "../review/payment";
import { requestInformation } from "../review/request-information";
import { decideClaimSchema } from "../review/schemas";
import type { HandlerActor } from "../review/access";

/**
 * Issue 14 points 1 and 2: every status change and every handler message mails the member who
 * submitted the claim, in the language stored on their account, with no health details.
 */

let refs: Awaited<ReturnType<typeof demoRefs>>;
let handler: HandlerActor;

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
  handler = { userId: refs.handler.id, roles: ["CLAIMS_HANDLER"] };
});

async function mailsFor(claimNumber: string) {
  await settleOutboxKicks();
  const rows = await testDb().outboundEmail.findMany({ where: { subject: { contains: claimNumber } }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ to: row.to, template: row.template, subject: row.subject, text: row.textBody }));
}

async function claimNeedingPrescription(locale: "da" | "en") {
  await testDb().user.update({ where: { id: refs.mette.id }, data: { locale } });
  const claim = await createSubmittedClaim(testDb(), {
    policyId: refs.policy.id,
    personId: refs.mettePerson.id,
    userId: refs.mette.id,
    lines: [{ category: "prescribed_drugs", amountMinor: 43_210, prescriptionPresent: false }],
    extra: { diagnosis: "Migræne" },
  });
  return claim;
}

describe("claim mails", () => {
  it("mails every status change and the handler's message, in English for a member who chose English", async () => {
    const claim = await claimNeedingPrescription("en");
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("in_review");
    await requestInformation(testDb(), handler, { claimId: claim.id, ruleId: "CLM-1", text: "Please send the prescription for the migraine drug." });
    await postClaimMessage(testDb(), { claimId: claim.id, authorUserId: handler.userId, fromHandler: true, body: "The migraine prescription, please" });
    const mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    await respondToInformationRequest(testDb(), mette, { claimId: claim.id, documents: [], message: "It is on its way" });
    const lineId = claim.lines[0]!.id;
    await decideClaim(testDb(), handler, decideClaimSchema.parse({ claimId: claim.id, lines: [{ lineId, decision: "adjust", amount: "100.00", reason: "Part", locale: "en" }], locale: "en" }));
    await recordRefundPaid(testDb(), handler, claim.id);

    const mails = await mailsFor(claim.number);
    expect(mails.map((m) => m.template)).toEqual([
      "claim-in-review",
      "information-requested",
      "claim-handler-message",
      "claim-information-received",
      "claim-decided",
      "claim-paid",
    ]);
    for (const mail of mails) {
      expect(mail.to).toBe(refs.mette.email);
      expect(mail.text).toMatch(/^Hello /);
      expect(mail.text).not.toMatch(/Hej|Vi har/);
      // No health details: not the diagnosis, the treatment, the handler's words or an amount.
      expect(mail.text).not.toMatch(/migr|prescri.*drug|432|100[.,]00|It is on its way/i);
    }
  });

  it("mails in Danish after the member switched back, and a member's own message mails nobody", async () => {
    const claim = await claimNeedingPrescription("da");
    expect(await adjudicateClaim(testDb(), claim.id)).toBe("in_review");
    await postClaimMessage(testDb(), { claimId: claim.id, authorUserId: refs.mette.id, fromHandler: false, body: "Hej" });
    const mails = await mailsFor(claim.number);
    expect(mails.map((m) => m.template)).toEqual(["claim-in-review"]);
    expect(mails[0]!.subject).toBe(`Din skade ${claim.number} behandles af en sagsbehandler`);
  });

  it("records a payment once: a second attempt is refused and mails nothing more", async () => {
    const claim = await claimNeedingPrescription("en");
    await adjudicateClaim(testDb(), claim.id);
    const lineId = claim.lines[0]!.id;
    await decideClaim(testDb(), handler, decideClaimSchema.parse({ claimId: claim.id, lines: [{ lineId, decision: "adjust", amount: "50.00", reason: "Part" }], locale: "en" }));
    await recordRefundPaid(testDb(), handler, claim.id);
    await expect(recordRefundPaid(testDb(), handler, claim.id)).rejects.toMatchObject({ messageKey: "handler.payment.errors.notPayable" });
    expect((await mailsFor(claim.number)).filter((m) => m.template === "claim-paid")).toHaveLength(1);
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } })).toEqual({ status: "PAID" });
  });
});
