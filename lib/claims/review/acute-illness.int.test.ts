import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import { copenhagenDay } from "../../i18n/format";
import { ihiBupaTopUpPlan } from "../../rules/plans";
import { createEnrolment, createInsurer, createPerson, createPlan, createPolicy, createUser, day, testDb, unique } from "../../testing/db";
import { createSubmittedClaim, daysAgo } from "../../testing/jobs-fixtures";
import { adjudicateClaim } from "../adjudicate";
import type { HandlerActor } from "./access";
import { confirmAcuteIllness } from "./acute-illness";
import { loadClaimReview } from "./review";

/**
 * Issue 14 point 12 (ELG-2): a member two weeks into the general 4-week waiting period claims
 * emergency treatment. The engine cannot decide it; once the handler records the medical adviser's
 * confirmation of an acute serious illness, the proposal waives the waiting period.
 */
let handler: HandlerActor;
let otherHandler: HandlerActor;
let claimId: string;

beforeAll(async () => {
  const plan = await createPlan({ schedule: ihiBupaTopUpPlan as unknown as Prisma.InputJsonValue, code: unique("ihi-") });
  const start = daysAgo(14);
  const policy = await createPolicy({ planId: plan.id, startDate: day(start) });
  const person = await createPerson({ firstName: "Nye", lastName: "Medlem" });
  await createEnrolment({ personId: person.id, policyId: policy.id, role: "MAIN", startDate: day(start) });
  const member = await createUser({ personId: person.id });
  handler = { userId: (await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: policy.insurerId })).id, roles: ["CLAIMS_HANDLER"] };
  otherHandler = { userId: (await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: (await createInsurer()).id })).id, roles: ["CLAIMS_HANDLER"] };
  const claim = await createSubmittedClaim(testDb(), {
    policyId: policy.id,
    personId: person.id,
    userId: member.id,
    lines: [{ category: "gp_consultation", amountMinor: 50_000, date: daysAgo(3) }],
    extra: { emergency: true },
  });
  claimId = claim.id;
  expect(copenhagenDay(new Date())).not.toBe(start);
});

describe("acute serious illness confirmed by the medical adviser (ELG-2)", () => {
  it("an emergency in the waiting period goes to review; the confirmation waives the waiting period in the proposal", async () => {
    expect(await adjudicateClaim(testDb(), claimId)).toBe("in_review");
    const before = await loadClaimReview(testDb(), handler, claimId);
    expect(before!.lines[0]!.proposal!.outcome).toBe("needs_review");
    expect(before!.lines[0]!.proposal!.reasons.map((r) => r.ruleId)).toContain("ELG-2");
    expect(before!.acuteIllnessConfirmedAt).toBeNull();

    await confirmAcuteIllness(testDb(), handler, { claimId, note: "Lægekonsulent: akut lungebetændelse" });
    const after = await loadClaimReview(testDb(), handler, claimId);
    expect(after!.acuteIllnessConfirmedAt).not.toBeNull();
    expect(after!.lines[0]!.proposal!.outcome).toBe("approved");
    expect(after!.lines[0]!.proposal!.payableMinor).toBe(10_000);
    expect(after!.events.at(-1)).toMatchObject({ kind: "ACUTE_ILLNESS_CONFIRMED", data: { ruleId: "ELG-2" } });
  });

  it("is recorded once, and never by another insurer's handler", async () => {
    await expect(confirmAcuteIllness(testDb(), handler, { claimId, note: "again" })).rejects.toMatchObject({ messageKey: "handler.acuteIllness.errors.notOpen" });
    await expect(confirmAcuteIllness(testDb(), otherHandler, { claimId, note: "not mine" })).rejects.toMatchObject({ messageKey: "handler.errors.notFound" });
    expect(await testDb().claimEvent.count({ where: { claimId, kind: "ACUTE_ILLNESS_CONFIRMED" } })).toBe(1);
  });
});
