import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../auth/current-user.types";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { settleOutboxKicks } from "../../mail/outbox";
import { createUser, testDb } from "../../testing/db";
import { demoRefs, demoUser } from "../../testing/jobs-fixtures";
import { complaintDecisionSchema, complaintSchema } from "../complaints/schemas";
import { submitComplaint } from "../member/complaint";
import type { HandlerActor } from "./access";
import { decideComplaint, listComplaintQueue } from "./complaints";
import { decideClaim } from "./decide";
import { decideClaimSchema } from "./schemas";

/**
 * Issue 14 point 8 (CLM-5), the handler's side: open complaints in the queue with their
 * 7-working-day clock, a decision with reasons (refused: the decision stands and the mail names the
 * appeals board; upheld: the claim is back in review and is decided again), each decided once, and
 * never by the handler whose decision is complained about.
 */

let mette: CurrentUser;
let handler: HandlerActor;
let colleague: HandlerActor;
let claims: { id: string; number: string }[];

beforeAll(async () => {
  await seedDemo(testDb());
  const refs = await demoRefs(testDb());
  mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  handler = { userId: refs.handler.id, roles: ["CLAIMS_HANDLER"] };
  const other = await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: refs.handler.insurerId });
  colleague = { userId: other.id, roles: ["CLAIMS_HANDLER"] };
  claims = await testDb().claim.findMany({ where: { personId: mette.person!.id, status: { in: ["DECIDED", "PAID"] } }, orderBy: { number: "asc" }, select: { id: true, number: true } });
});

const complain = (claimId: string, now?: Date) =>
  submitComplaint(testDb(), mette, complaintSchema.parse({ claimId, idempotencyKey: crypto.randomUUID(), reason: "Behandlingen var henvist og skal dækkes fuldt ud." }), now);
const decision = (complaintId: string, outcome: "UPHELD" | "REFUSED") =>
  complaintDecisionSchema.parse({ complaintId, outcome, reasons: outcome === "REFUSED" ? "Planen dækker 80 % (BEN-1); afgørelsen er korrekt." : "Henvisningen var gyldig." });

async function mail(template: string, claimNumber: string) {
  await settleOutboxKicks();
  return testDb().outboundEmail.findFirstOrThrow({ where: { template, subject: { contains: claimNumber } }, orderBy: { createdAt: "desc" } });
}

describe("complaints in the handler's queue and their decision", () => {
  it("lists open complaints of the insurer, due first, with the working days left", async () => {
    const first = await complain(claims[0]!.id, new Date("2026-12-07T10:00:00Z"));
    const queue = await listComplaintQueue(testDb(), handler, new Date("2026-12-09T10:00:00Z"));
    const item = queue.find((row) => row.complaintId === first.complaintId)!;
    expect(item).toMatchObject({ claimId: claims[0]!.id, claimNumber: claims[0]!.number, complainantName: "Mette Jensen", dueAt: first.dueAt });
    // Received Monday 7 December: due Wednesday 16 December; on the 9th, 5 working days are left.
    expect(item.workingDaysLeft).toBe(5);
    expect(await listComplaintQueue(testDb(), { userId: mette.userId, roles: ["MEMBER"] })).toEqual([]);
  });

  it("refuses with reasons: the decision stands, the member is mailed the appeals board, and cannot complain about it again", async () => {
    const complaint = await testDb().claimComplaint.findFirstOrThrow({ where: { claimId: claims[0]!.id, status: "OPEN" } });
    const before = await testDb().claim.findUniqueOrThrow({ where: { id: claims[0]!.id }, select: { status: true } });
    await decideComplaint(testDb(), handler, decision(complaint.id, "REFUSED"));

    expect(await testDb().claimComplaint.findUniqueOrThrow({ where: { id: complaint.id } })).toMatchObject({ status: "REFUSED", decidedById: handler.userId, decisionReasons: "Planen dækker 80 % (BEN-1); afgørelsen er korrekt." });
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claims[0]!.id }, select: { status: true } })).toEqual(before);
    const event = await testDb().claimEvent.findFirstOrThrow({ where: { claimId: claims[0]!.id, kind: "COMPLAINT_DECIDED" } });
    expect(event.data).toEqual({ complaintId: complaint.id, outcome: "REFUSED" });
    const refused = await mail("claim-complaint-refused", claims[0]!.number);
    expect(refused.to).toBe(DEMO_USERS.mainInsured.email);
    expect(refused.textBody).toContain("Ankenævnet for Forsikring, Anker Heegaards Gade 2, 1572 København V");
    expect(refused.textBody).not.toMatch(/BEN-1|80 %|henvis/);

    await expect(decideComplaint(testDb(), handler, decision(complaint.id, "UPHELD"))).rejects.toMatchObject({ messageKey: "complaints.errors.alreadyDecided" });
    await expect(complain(claims[0]!.id)).rejects.toMatchObject({ messageKey: "complaints.errors.alreadyComplained" });
    expect((await listComplaintQueue(testDb(), handler)).some((row) => row.complaintId === complaint.id)).toBe(false);
  });

  it("upheld: the claim goes back to review, is decided again with a new settlement note, and the new decision can be complained about", async () => {
    const claim = claims[1]!;
    const { complaintId } = await complain(claim.id);
    await decideComplaint(testDb(), handler, decision(complaintId, "UPHELD"));
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true } })).toEqual({ status: "IN_REVIEW" });
    expect((await mail("claim-complaint-upheld", claim.number)).textBody).toContain("giver dig medhold");

    const oldNote = await testDb().settlementNote.findUniqueOrThrow({ where: { claimId: claim.id }, select: { number: true } });
    const lines = await testDb().claimLine.findMany({ where: { claimId: claim.id }, select: { id: true } });
    await decideClaim(testDb(), handler, decideClaimSchema.parse({ claimId: claim.id, lines: lines.map((line) => ({ lineId: line.id, decision: "approve" })) }));
    const newNote = await testDb().settlementNote.findUniqueOrThrow({ where: { claimId: claim.id }, select: { number: true } });
    expect(newNote.number).not.toBe(oldNote.number);

    // The handler who decided it again may not decide a complaint about that decision; a colleague may.
    const second = await complain(claim.id);
    await expect(decideComplaint(testDb(), handler, decision(second.complaintId, "REFUSED"))).rejects.toMatchObject({ messageKey: "complaints.errors.ownDecision" });
    await decideComplaint(testDb(), colleague, decision(second.complaintId, "REFUSED"));
    expect(await testDb().claimComplaint.findUniqueOrThrow({ where: { id: second.complaintId }, select: { status: true } })).toEqual({ status: "REFUSED" });
  });

  it("a member cannot decide a complaint, and an unknown complaint is not found", async () => {
    const open = await complain(claims[2]?.id ?? claims[0]!.id).catch(() => null);
    const id = open?.complaintId ?? crypto.randomUUID();
    await expect(decideComplaint(testDb(), { userId: mette.userId, roles: ["MEMBER"] }, decision(id, "UPHELD"))).rejects.toMatchObject({ messageKey: "complaints.errors.notFound" });
    await expect(decideComplaint(testDb(), handler, decision(crypto.randomUUID(), "UPHELD"))).rejects.toMatchObject({ messageKey: "complaints.errors.notFound" });
  });
});
