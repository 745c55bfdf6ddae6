import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo";
import { createInsurer, createUser, testDb } from "../../testing/db";
import { createSubmittedClaim, demoRefs } from "../../testing/jobs-fixtures";
import { adjudicateClaim } from "../adjudicate";
import type { HandlerActor } from "./access";
import { assignClaim, listColleagues } from "./assign";
import { listHandlerQueue } from "./queue";

/** Issue 14 point 9: the queue's filters (status, overdue, plan, assigned to me) and assigning a claim. */
let refs: Awaited<ReturnType<typeof demoRefs>>;
let handler: HandlerActor;
let colleague: HandlerActor;
let outsider: HandlerActor;

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
  handler = { userId: refs.handler.id, roles: ["CLAIMS_HANDLER"] };
  colleague = { userId: (await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: refs.handler.insurerId!, displayName: "Bo Kollega" })).id, roles: ["CLAIMS_HANDLER"] };
  outsider = { userId: (await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: (await createInsurer()).id })).id, roles: ["CLAIMS_HANDLER"] };
});

async function claimInReview(submittedAt = new Date()) {
  const claim = await createSubmittedClaim(testDb(), {
    policyId: refs.policy.id,
    personId: refs.mettePerson.id,
    userId: refs.mette.id,
    submittedAt,
    lines: [{ category: "prescribed_drugs", amountMinor: 30_000, prescriptionPresent: false }],
  });
  await adjudicateClaim(testDb(), claim.id);
  return claim;
}

describe("handler queue filters and assignment", () => {
  it("gives a claim to a colleague of the same insurer, with an ASSIGNED event; never to another insurer's handler", async () => {
    const claim = await claimInReview();
    expect((await listColleagues(testDb(), handler)).map((c) => c.name)).toContain("Bo Kollega");
    await assignClaim(testDb(), handler, { claimId: claim.id, handlerId: colleague.userId });
    const event = await testDb().claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "ASSIGNED" } });
    expect(event).toMatchObject({ actorUserId: handler.userId, data: { handlerId: colleague.userId, handlerName: "Bo Kollega" } });
    await expect(assignClaim(testDb(), handler, { claimId: claim.id, handlerId: outsider.userId })).rejects.toMatchObject({ messageKey: "handler.assign.errors.unknownHandler" });
    await expect(assignClaim(testDb(), outsider, { claimId: claim.id, handlerId: outsider.userId })).rejects.toMatchObject({ messageKey: "handler.errors.notFound" });

    const mine = await listHandlerQueue(testDb(), colleague, new Date(), 200, { mine: "1" });
    expect(mine.map((item) => item.id)).toEqual([claim.id]);
    expect(mine[0]!.assignedTo).toEqual({ id: colleague.userId, name: "Bo Kollega" });
    expect((await listHandlerQueue(testDb(), handler, new Date(), 200, { mine: "1" })).map((item) => item.id)).not.toContain(claim.id);
  });

  it("filters by status, overdue and plan", async () => {
    const late = await claimInReview(new Date(Date.now() - 30 * 86_400_000));
    const fresh = await claimInReview();
    const all = await listHandlerQueue(testDb(), handler);
    expect(all.map((item) => item.id)).toEqual(expect.arrayContaining([late.id, fresh.id]));

    const overdue = await listHandlerQueue(testDb(), handler, new Date(), 200, { overdue: "1" });
    expect(overdue.map((item) => item.id)).toContain(late.id);
    expect(overdue.map((item) => item.id)).not.toContain(fresh.id);
    expect(overdue.every((item) => (item.workingDaysLeft ?? 0) < 0)).toBe(true);

    const waiting = await listHandlerQueue(testDb(), handler, new Date(), 200, { status: "INFORMATION_REQUESTED" });
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((item) => item.status === "INFORMATION_REQUESTED")).toBe(true);

    const onPlan = await listHandlerQueue(testDb(), handler, new Date(), 200, { plan: refs.policy.planId });
    expect(onPlan.map((item) => item.id)).toContain(fresh.id);
    const otherPlan = await testDb().plan.findFirstOrThrow({ where: { insurerId: refs.handler.insurerId!, id: { not: refs.policy.planId } } });
    expect((await listHandlerQueue(testDb(), handler, new Date(), 200, { plan: otherPlan.id })).map((item) => item.id)).not.toContain(fresh.id);
  });
});
