import { describe, expect, it } from "vitest";
import { testDb } from "../../testing/db";
import { informationResponseSchema } from "./follow-up-schemas";
import { createClaim, createUpload, family, otherMember } from "../../testing/follow-up-fixtures";
import { InformationResponseRefusal, respondToInformationRequest } from "./information-response";
import { MemberMessageRefusal, postMemberClaimMessage } from "./messages";

const NOW = new Date("2026-11-20T09:00:00.000Z"); // a Friday

async function awaitingInformation() {
  const f = await family();
  const claim = await createClaim({
    policyId: f.policy.id,
    personId: f.child.id,
    submittedById: f.mainUser.id,
    status: "INFORMATION_REQUESTED",
    createdAt: new Date("2026-11-10T12:00:00.000Z"),
    events: [{ kind: "INFORMATION_REQUESTED", at: "2026-11-11T10:30:00Z", data: { reason: "Send the referral", ruleId: "CLM-4" } }],
  });
  const task = await testDb().memberTask.create({ data: { userId: f.mainUser.id, claimId: claim.id, kind: "CLAIM_INFORMATION", text: "Send the referral" } });
  return { ...f, claim, task };
}

const input = (value: unknown) => informationResponseSchema.parse(value);
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof InformationResponseRefusal || error instanceof MemberMessageRefusal ? error.messageKey : error),
  );

describe("respondToInformationRequest", () => {
  it("attaches the documents, posts the message, closes the task and puts the claim back in review — in one go", async () => {
    const f = await awaitingInformation();
    const upload = await createUpload(f.mainUser.id);
    const result = await respondToInformationRequest(
      testDb(),
      f.mainMember,
      input({ claimId: f.claim.id, documents: [{ documentId: upload.id, kind: "REFERRAL" }], message: "  Here is the referral.  " }),
      NOW,
    );

    const claim = await testDb().claim.findUniqueOrThrow({ where: { id: f.claim.id }, include: { events: true, tasks: true, messages: true } });
    expect(claim.status).toBe("IN_REVIEW");
    // CLM-5: complete again from Friday 20 Nov → 5 working days → Friday 27 Nov.
    expect(claim.dueAt?.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(result.dueAt).toBe("2026-11-27T09:00:00.000Z");
    expect(claim.tasks).toEqual([expect.objectContaining({ id: f.task.id, status: "DONE", doneAt: NOW })]);
    expect(claim.messages).toEqual([expect.objectContaining({ body: "Here is the referral.", fromHandler: false, authorUserId: f.mainUser.id })]);
    const provided = claim.events.find((event) => event.kind === "INFORMATION_PROVIDED");
    expect(provided).toMatchObject({ actorUserId: f.mainUser.id, data: { documentIds: [upload.id], messageId: claim.messages[0]?.id } });

    const document = await testDb().document.findUniqueOrThrow({ where: { id: upload.id }, include: { claimLines: true } });
    expect(document).toMatchObject({ claimId: f.claim.id, personId: f.child.id, kind: "REFERRAL" });
    expect(document.claimLines.map((link) => link.claimLineId)).toEqual([f.claim.lines[0]?.id]);
  });

  it("accepts a message alone", async () => {
    const f = await awaitingInformation();
    await respondToInformationRequest(testDb(), f.mainMember, input({ claimId: f.claim.id, message: "The referral is on its way by post." }), NOW);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: f.claim.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses a claim that is not waiting for information, one the member may not see, an empty answer and someone else's upload — writing nothing", async () => {
    const f = await awaitingInformation();
    const other = await otherMember();
    const inReview = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, status: "IN_REVIEW" });
    const spouses = await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id, status: "INFORMATION_REQUESTED" });
    const strangersUpload = await createUpload(other.user.id);

    expect(await refusalOf(respondToInformationRequest(testDb(), f.mainMember, input({ claimId: inReview.id, message: "x" }), NOW))).toBe("claims.respond.errors.notRequested");
    expect(await refusalOf(respondToInformationRequest(testDb(), f.mainMember, input({ claimId: spouses.id, message: "x" }), NOW))).toBe("claims.errors.notFound");
    expect(await refusalOf(respondToInformationRequest(testDb(), other.member, input({ claimId: f.claim.id, message: "x" }), NOW))).toBe("claims.errors.notFound");
    expect(await refusalOf(respondToInformationRequest(testDb(), f.mainMember, { claimId: f.claim.id, documents: [], message: " " }, NOW))).toBe("claims.respond.errors.empty");
    expect(
      await refusalOf(respondToInformationRequest(testDb(), f.mainMember, input({ claimId: f.claim.id, documents: [{ documentId: strangersUpload.id }], message: "x" }), NOW)),
    ).toBe("documents.errors.notFound");

    const claim = await testDb().claim.findUniqueOrThrow({ where: { id: f.claim.id }, include: { events: true, tasks: true, messages: true } });
    expect(claim.status).toBe("INFORMATION_REQUESTED");
    expect(claim.tasks.map((task) => task.status)).toEqual(["OPEN"]);
    expect(claim.messages).toEqual([]);
    expect(claim.events.map((event) => event.kind)).toEqual(["INFORMATION_REQUESTED"]);
    expect((await testDb().document.findUniqueOrThrow({ where: { id: strangersUpload.id } })).claimId).toBeNull();
  });

  it("the schema refuses an empty answer before anything is sent", () => {
    const parsed = informationResponseSchema.safeParse({ claimId: "0190f5a2-8b7e-7c3d-9a1b-2c3d4e5f6a7b", documents: [], message: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("claims.respond.errors.empty");
  });
});

describe("postMemberClaimMessage (ACC-4)", () => {
  it("posts on the member's own or child's claim, with a timeline event", async () => {
    const f = await awaitingInformation();
    const message = await postMemberClaimMessage(testDb(), f.mainMember, { claimId: f.claim.id, body: " When will you decide? " });
    const stored = await testDb().message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ claimId: f.claim.id, body: "When will you decide?", fromHandler: false, authorUserId: f.mainUser.id });
    const events = await testDb().claimEvent.findMany({ where: { claimId: f.claim.id, kind: "MESSAGE" } });
    expect(events).toHaveLength(1);
  });

  it("refuses the spouse's claim, another member's, a draft, and an empty message", async () => {
    const f = await awaitingInformation();
    const other = await otherMember();
    const spouses = await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id });
    const draft = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, status: "DRAFT" });
    expect(await refusalOf(postMemberClaimMessage(testDb(), f.mainMember, { claimId: spouses.id, body: "hi" }))).toBe("claims.errors.notFound");
    expect(await refusalOf(postMemberClaimMessage(testDb(), other.member, { claimId: f.claim.id, body: "hi" }))).toBe("claims.errors.notFound");
    expect(await refusalOf(postMemberClaimMessage(testDb(), f.mainMember, { claimId: draft.id, body: "hi" }))).toBe("claims.messages.errors.draft");
    expect(await refusalOf(postMemberClaimMessage(testDb(), f.mainMember, { claimId: f.claim.id, body: "  " }))).toBe("claims.messages.errors.empty");
    expect(await testDb().message.count({ where: { claimId: { in: [spouses.id, f.claim.id, draft.id] } } })).toBe(0);
  });
});
