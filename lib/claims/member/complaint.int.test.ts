import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../auth/current-user.types";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { copenhagenDay } from "../../i18n/format";
import { settleOutboxKicks } from "../../mail/outbox";
import { testDb } from "../../testing/db";
import { demoUser } from "../../testing/jobs-fixtures";
import { complaintSchema, type ComplaintInput } from "../complaints/schemas";
import { submitComplaint } from "./complaint";

/**
 * Issue 14 point 8 (CLM-5), the member's side: a complaint about a decided claim is stored with its
 * 7-working-day due date, its documents, an event and a mail in the complainant's language without
 * health details; a double submit makes one complaint; an undecided claim, a second complaint and
 * someone else's claim are refused with nothing written.
 */

let mette: CurrentUser;
let lars: CurrentUser;
let decidedClaimId: string;
let openClaimId: string;

beforeAll(async () => {
  await seedDemo(testDb());
  mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  lars = await demoUser(testDb(), DEMO_USERS.spouse.email);
  const person = mette.person!.id;
  decidedClaimId = (await testDb().claim.findFirstOrThrow({ where: { personId: person, status: "DECIDED" }, select: { id: true } })).id;
  openClaimId = (await testDb().claim.findFirstOrThrow({ where: { submittedById: mette.userId, status: { in: ["SUBMITTED", "IN_REVIEW"] } }, select: { id: true } })).id;
});

const form = (overrides: Partial<ComplaintInput> = {}) =>
  complaintSchema.parse({ claimId: decidedClaimId, idempotencyKey: crypto.randomUUID(), reason: "Fysioterapien var henvist af min læge, så den skal dækkes.", ...overrides });

async function upload(user: CurrentUser, name: string): Promise<string> {
  const doc = await testDb().document.create({
    data: { storageKey: crypto.randomUUID(), originalName: name, mimeType: "application/pdf", sizeBytes: 1234, sha256: "0".repeat(64), ownerUserId: user.userId },
  });
  return doc.id;
}

const counts = async (claimId: string) => ({
  complaints: await testDb().claimComplaint.count({ where: { claimId } }),
  events: await testDb().claimEvent.count({ where: { claimId, kind: "COMPLAINT_RECEIVED" } }),
});

describe("submitComplaint", () => {
  it("refuses a claim that is not decided, and another member's claim, writing nothing", async () => {
    await expect(submitComplaint(testDb(), mette, form({ claimId: openClaimId }))).rejects.toMatchObject({ messageKey: "complaints.errors.notDecided" });
    // FAM-7: Lars may not see Mette's claim (no consent), so it does not exist for him.
    await expect(submitComplaint(testDb(), lars, form())).rejects.toMatchObject({ messageKey: "claims.errors.notFound" });
    expect(await counts(openClaimId)).toEqual({ complaints: 0, events: 0 });
    expect(await counts(decidedClaimId)).toEqual({ complaints: 0, events: 0 });
  });

  it("stores the complaint due in 7 working days, attaches its documents, writes the event and mails in English without health details", async () => {
    await testDb().user.update({ where: { id: mette.userId }, data: { locale: "en" } });
    const documentId = await upload(mette, "lægens-henvisning.pdf");
    const now = new Date("2026-12-18T09:00:00Z"); // a Friday before Christmas
    const input = form({ documents: [{ documentId, kind: "REFERRAL" }] });
    const result = await submitComplaint(testDb(), mette, input, now);

    expect(result.created).toBe(true);
    // 21, 22, 23, 28, 29, 30 December and 4 January (24–26 and 31 December and 1 January closed).
    expect(copenhagenDay(new Date(result.dueAt))).toBe("2027-01-04");
    const stored = await testDb().claimComplaint.findUniqueOrThrow({ where: { id: result.complaintId } });
    expect(stored).toMatchObject({ status: "OPEN", complainantId: mette.userId, documentIds: [documentId], reason: input.reason });
    expect(await testDb().document.findUniqueOrThrow({ where: { id: documentId }, select: { claimId: true } })).toEqual({ claimId: decidedClaimId });
    const event = await testDb().claimEvent.findFirstOrThrow({ where: { claimId: decidedClaimId, kind: "COMPLAINT_RECEIVED" } });
    expect(event.data).toEqual({ complaintId: result.complaintId });

    await settleOutboxKicks();
    const claim = await testDb().claim.findUniqueOrThrow({ where: { id: decidedClaimId }, select: { number: true } });
    const mails = await testDb().outboundEmail.findMany({ where: { template: "claim-complaint-received", subject: { contains: claim.number } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(DEMO_USERS.mainInsured.email);
    expect(mails[0]!.subject).toBe(`We have received your complaint about claim ${claim.number}`);
    expect(mails[0]!.textBody).toContain("7 working days");
    expect(mails[0]!.textBody).not.toMatch(/Fysio|henvis|læge|Lændesmerter/i);
    await testDb().user.update({ where: { id: mette.userId }, data: { locale: "da" } });
  });

  it("a double submit of the same form makes one complaint, also when both arrive at once", async () => {
    const again = await testDb().claimComplaint.findFirstOrThrow({ where: { claimId: decidedClaimId }, select: { id: true, idempotencyKey: true } });
    const repeated = await submitComplaint(testDb(), mette, form({ idempotencyKey: again.idempotencyKey! }));
    expect(repeated).toMatchObject({ complaintId: again.id, created: false });

    const other = await testDb().claim.findFirstOrThrow({ where: { personId: mette.person!.id, status: "PAID" }, select: { id: true } });
    const input = form({ claimId: other.id });
    const results = await Promise.all([submitComplaint(testDb(), mette, input), submitComplaint(testDb(), mette, input)]);
    expect(new Set(results.map((r) => r.complaintId)).size).toBe(1);
    expect(await counts(other.id)).toEqual({ complaints: 1, events: 1 });
  });

  it("refuses a second complaint while one is open, and the same key from another member", async () => {
    await expect(submitComplaint(testDb(), mette, form())).rejects.toMatchObject({ messageKey: "complaints.errors.alreadyOpen" });
    const first = await testDb().claimComplaint.findFirstOrThrow({ where: { claimId: decidedClaimId }, select: { idempotencyKey: true } });
    await expect(submitComplaint(testDb(), lars, form({ idempotencyKey: first.idempotencyKey! }))).rejects.toMatchObject({ messageKey: "complaints.errors.submitFailed" });
    expect(await counts(decidedClaimId)).toEqual({ complaints: 1, events: 1 });
  });
});
