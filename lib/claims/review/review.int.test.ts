import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo";
import { createInsurer, createUser, testDb } from "../../testing/db";
import { createSubmittedClaim, demoRefs } from "../../testing/jobs-fixtures";
import { adjudicateClaim } from "../adjudicate";
import type { SettlementContent } from "../settlement-content";
import { HandlerRefusal, type HandlerActor } from "./access";
import { decideClaim, rejectClaim } from "./decide";
import { listHandlerQueue } from "./queue";
import { requestInformation } from "./request-information";
import { loadClaimReview } from "./review";
import { decideClaimSchema, rejectClaimSchema, requestInformationSchema } from "./schemas";

let refs: Awaited<ReturnType<typeof demoRefs>>;
let handler: HandlerActor;
let otherHandler: HandlerActor;

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
  handler = { userId: refs.handler.id, roles: ["CLAIMS_HANDLER"] };
  const other = await createInsurer({ name: "Anden Forsikring" });
  const otherUser = await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: other.id });
  otherHandler = { userId: otherUser.id, roles: ["CLAIMS_HANDLER"] };
});

/** A claim that needs information (prescribed drugs without the prescription, CLM-1), already adjudicated to IN_REVIEW. */
async function claimInReview(amountMinor = 40_000) {
  const claim = await createSubmittedClaim(testDb(), {
    policyId: refs.policy.id,
    personId: refs.mettePerson.id,
    userId: refs.mette.id,
    lines: [{ category: "prescribed_drugs", amountMinor, prescriptionPresent: false }],
  });
  expect(await adjudicateClaim(testDb(), claim.id)).toBe("in_review");
  return claim;
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HandlerRefusal);
  return error as HandlerRefusal;
};

describe("handler queue and review", () => {
  it("lists the insurer's open claims by time left, with the reason; another insurer's handler gets nothing", async () => {
    const claim = await claimInReview();
    const queue = await listHandlerQueue(testDb(), handler);
    const item = queue.find((q) => q.id === claim.id)!;
    expect(item.status).toBe("IN_REVIEW");
    expect(item.reasons).toEqual([{ outcome: "needs_information", ruleIds: expect.arrayContaining(["CLM-1"]), lineNos: [1] }]);
    expect(item.workingDaysLeft).toBeGreaterThanOrEqual(4);
    // Claims the handler can act on come first, by due date; those waiting for the member follow.
    const waiting = queue.map((q) => q.status === "INFORMATION_REQUESTED");
    expect(waiting).toEqual([...waiting].sort((a, b) => Number(a) - Number(b)));
    expect(waiting.at(-1)).toBe(true);
    for (const group of [false, true]) {
      const dueOrder = queue.filter((q) => (q.status === "INFORMATION_REQUESTED") === group).map((q) => q.dueAt ?? "9999");
      expect([...dueOrder].sort()).toEqual(dueOrder);
    }

    expect(await listHandlerQueue(testDb(), otherHandler)).toEqual([]);
    expect(await loadClaimReview(testDb(), otherHandler, claim.id)).toBeNull();
    expect((await refusal(decideClaim(testDb(), otherHandler, { claimId: claim.id, lines: [] }))).messageKey).toBe("handler.errors.notFound");
    expect((await refusal(requestInformation(testDb(), otherHandler, { claimId: claim.id, ruleId: "CLM-1", text: "Send the prescription please" }))).messageKey).toBe("handler.errors.notFound");
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "IN_REVIEW" });
  });

  it("the review shows the proposal with rule ids and audits the read", async () => {
    const claim = await claimInReview();
    const review = (await loadClaimReview(testDb(), handler, claim.id, { ip: "10.0.0.1" }))!;
    expect(review.open).toBe(true);
    expect(review.lines[0]!.proposal!.outcome).toBe("needs_information");
    expect(review.lines[0]!.proposal!.reasons.map((r) => r.ruleId)).toContain("CLM-1");
    expect(review.lines[0]!.proposal!.steps.every((s) => s.ruleId && s.da && s.en)).toBe(true);
    const audit = await testDb().auditEvent.findFirst({ where: { action: "claim.read", subjectId: claim.id, actorUserId: handler.userId } });
    expect(audit).toMatchObject({ personId: refs.mettePerson.id, ip: "10.0.0.1" });
  });
});

describe("handler decisions", () => {
  it("adjust requires a reason and a valid amount (schema), and never more than claimed (server)", async () => {
    const claim = await claimInReview();
    const lineId = claim.lines[0]!.id;
    const noReason = decideClaimSchema.safeParse({ claimId: claim.id, lines: [{ lineId, decision: "adjust", amount: "100,00", reason: "" }] });
    expect(noReason.success).toBe(false);
    expect(noReason.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["lines.0.reason", "handler.errors.reasonRequired"]);
    const badAmount = decideClaimSchema.safeParse({ claimId: claim.id, lines: [{ lineId, decision: "adjust", amount: "abc", reason: "Too expensive" }] });
    expect(badAmount.error!.issues[0]!.path.join(".")).toBe("lines.0.amount");

    const tooMuch = decideClaimSchema.parse({ claimId: claim.id, lines: [{ lineId, decision: "adjust", amount: "400,01", reason: "More than claimed" }] });
    const error = await refusal(decideClaim(testDb(), handler, tooMuch));
    expect([error.messageKey, error.field]).toEqual(["handler.errors.amountAboveClaimed", "lines.0.amount"]);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });

  it("adjusting a line changes the payable, records who and why, and issues the note and the mail", async () => {
    const claim = await claimInReview(40_000);
    const input = decideClaimSchema.parse({
      claimId: claim.id,
      locale: "da",
      lines: [{ lineId: claim.lines[0]!.id, decision: "adjust", amount: "100,00", ruleId: "BEN-6", reason: "Prisen ligger over det sædvanlige" }],
    });
    const { settlementNumber } = await decideClaim(testDb(), handler, input);
    const row = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true, events: true, settlementNote: true } });
    expect(row.status).toBe("DECIDED");
    expect(row.payableTotalMinor).toBe(10_000);
    expect(row.assignedHandlerId).toBe(handler.userId);
    expect(row.lines[0]).toMatchObject({ payableMinor: 10_000, memberShareMinor: 30_000, adjustedById: handler.userId, adjustmentReason: "Prisen ligger over det sædvanlige", outcome: "PARTLY_APPROVED" });
    const decided = row.events.find((e) => e.kind === "DECIDED")!;
    expect(decided.actorUserId).toBe(handler.userId);
    expect(row.events.find((e) => e.kind === "LINE_ADJUSTED")).toMatchObject({ actorUserId: handler.userId });
    expect(row.events.find((e) => e.kind === "SETTLEMENT_ISSUED")).toBeTruthy();

    expect(row.settlementNote!.number).toBe(settlementNumber);
    const content = row.settlementNote!.content as unknown as SettlementContent;
    expect(content.decidedBy).toBe("handler");
    expect(content.lines[0]!.paidMinor).toBe(10_000);
    expect(content.lines[0]!.adjustment).toEqual({ ruleId: "BEN-6", reason: "Prisen ligger over det sædvanlige" });
    expect(content.lines[0]!.steps.find((s) => s.kind === "adjustment")!.da).toContain("Prisen ligger over det sædvanlige");
    expect(content.paymentDate).not.toBeNull();
    expect(await testDb().outboundEmail.count({ where: { template: "claim-decided", textBody: { contains: row.number } } })).toBe(1);

    // A second decision (another tab, another handler) is refused: decided once.
    expect((await refusal(decideClaim(testDb(), handler, input))).messageKey).toBe("handler.errors.notOpen");
    expect(await testDb().claimEvent.count({ where: { claimId: claim.id, kind: "DECIDED" } })).toBe(1);
  });

  it("rejecting requires a rule id; a rejected claim pays nothing", async () => {
    const claim = await claimInReview();
    const lineId = claim.lines[0]!.id;
    const noRule = decideClaimSchema.safeParse({ claimId: claim.id, lines: [{ lineId, decision: "reject", reason: "Not covered" }] });
    expect(noRule.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["lines.0.ruleId", "handler.errors.ruleIdRequired"]);
    expect(rejectClaimSchema.safeParse({ claimId: claim.id, ruleId: "", reason: "Not covered" }).success).toBe(false);
    expect(rejectClaimSchema.safeParse({ claimId: claim.id, ruleId: "XYZ-1", reason: "Not covered" }).success).toBe(false);

    await rejectClaim(testDb(), handler, rejectClaimSchema.parse({ claimId: claim.id, ruleId: "ELG-7", reason: "Behandlingen er undtaget" }));
    const row = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true, settlementNote: true } });
    expect(row.status).toBe("DECIDED");
    expect(row.payableTotalMinor).toBe(0);
    expect(row.lines[0]).toMatchObject({ outcome: "REJECTED", payableMinor: 0, adjustmentReason: "Behandlingen er undtaget" });
    const content = row.settlementNote!.content as unknown as SettlementContent;
    expect(content.lines[0]!.adjustment!.ruleId).toBe("ELG-7");
    expect(content.paymentDate).toBeNull();
  });

  it("request information creates the member's task, the event and a mail without the details; the claim is then decided", async () => {
    const claim = await claimInReview();
    expect(requestInformationSchema.safeParse({ claimId: claim.id, ruleId: "", text: "Send the prescription" }).success).toBe(false);
    const text = "Send os recepten på medicinen fra din læge";
    const { taskId } = await requestInformation(testDb(), handler, requestInformationSchema.parse({ claimId: claim.id, ruleId: "CLM-1", text }));

    const row = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { events: true, tasks: true } });
    expect(row.status).toBe("INFORMATION_REQUESTED");
    expect(row.tasks).toEqual([expect.objectContaining({ id: taskId, userId: refs.mette.id, kind: "CLAIM_INFORMATION", text, status: "OPEN" })]);
    const event = row.events.find((e) => e.kind === "INFORMATION_REQUESTED")!;
    expect(event.actorUserId).toBe(handler.userId);
    expect(event.data).toMatchObject({ reason: text, ruleId: "CLM-1" });
    const mails = await testDb().outboundEmail.findMany({ where: { template: "information-requested", textBody: { contains: row.number } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe("mette@demo.dk");
    expect(mails[0]!.textBody).not.toContain("recepten");
    expect(mails[0]!.textBody).toContain(`/member/claims/${claim.id}`);

    // Asked once; asking again while waiting is refused.
    expect((await refusal(requestInformation(testDb(), handler, { claimId: claim.id, ruleId: "CLM-1", text }))).messageKey).toBe("handler.errors.notOpenForInformation");

    // The member sends the prescription (FOLLOW slice): the line now has it, the claim is back in review.
    await testDb().claimLine.update({ where: { id: claim.lines[0]!.id }, data: { prescriptionPresent: true } });
    await testDb().claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    const review = (await loadClaimReview(testDb(), handler, claim.id))!;
    expect(review.lines[0]!.proposal!.outcome).toMatch(/approved|partly_approved/);
    await decideClaim(testDb(), handler, decideClaimSchema.parse({ claimId: claim.id, lines: [{ lineId: claim.lines[0]!.id, decision: "approve" }] }));
    const decided = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: true, tasks: true } });
    expect(decided.status).toBe("DECIDED");
    expect(decided.lines[0]!.payableMinor).toBe(review.lines[0]!.proposal!.payableMinor);
    expect(decided.tasks[0]!.status).toBe("CANCELLED");
  });
});
