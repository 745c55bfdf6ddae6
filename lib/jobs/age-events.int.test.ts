import { describe, expect, it } from "vitest";
import type { Prisma } from "../db/generated/client";
import { examplePlans } from "../rules/plans";
import { createEnrolment, createInsurer, createPerson, createPlan, createPolicy, createUser, day, testDb } from "../testing/db";
import { runAgeEvents } from "./age-events";

async function familyWithChildBorn(birthDate: string) {
  const insurer = await createInsurer();
  const plan = await createPlan({ insurerId: insurer.id, schedule: examplePlans["ihi-bupa-top-up"] as unknown as Prisma.InputJsonValue });
  const policy = await createPolicy({ planId: plan.id });
  const main = await createPerson({ firstName: "Karen", birthDate: day("1980-01-01") });
  const child = await createPerson({ firstName: "Viggo", birthDate: day(birthDate), email: `viggo.${Date.now()}@example.test` });
  await createEnrolment({ personId: main.id, policyId: policy.id, role: "MAIN" });
  await createEnrolment({ personId: child.id, policyId: policy.id, role: "CHILD" });
  const user = await createUser({ password: "x-Password-1", personId: main.id });
  return { policy, child, mainEmail: user.email, childEmail: child.email! };
}

describe("age events (15, 18, the plan's child limit): notices 60 and 30 days ahead and on the day, once each", () => {
  it("60 days before the 15th birthday the family and the child are told, once; on the day it is a policy event", async () => {
    // Turns 15 on 2041-03-01; 60 days before is 2040-12-31 (2040 is a leap year).
    const f = await familyWithChildBorn("2026-03-01");
    expect(await runAgeEvents(testDb(), "2040-12-31")).toBe(1);
    expect(await runAgeEvents(testDb(), "2040-12-31")).toBe(0);
    const mails = await testDb().outboundEmail.findMany({ where: { template: "family-age-notice", to: { in: [f.mainEmail, f.childEmail] } } });
    expect(mails.map((m) => m.to).sort()).toEqual([f.mainEmail, f.childEmail].sort());
    expect(mails[0]!.textBody).toContain("sundhedsloven § 17");

    expect(await runAgeEvents(testDb(), "2041-01-30")).toBe(1); // 30 days before
    expect(await runAgeEvents(testDb(), "2041-03-01")).toBe(1); // on the day
    const notices = await testDb().ageNotice.findMany({ where: { personId: f.child.id }, orderBy: { daysBefore: "desc" } });
    expect(notices.map((n) => [n.milestone, n.daysBefore])).toEqual([["OWN_HEALTH_DATA", 60], ["OWN_HEALTH_DATA", 30], ["OWN_HEALTH_DATA", 0]]);
    const events = await testDb().policyEvent.findMany({ where: { policyId: f.policy.id } });
    expect(events.map((e) => [e.kind, e.effectiveOn.toISOString().slice(0, 10), e.actorUserId])).toEqual([["AGE_OWN_HEALTH_DATA", "2041-03-01", null]]);
  });

  it("the plan's child limit (16 on the Top-Up plan, FAM-2) and 18 have their own notices", async () => {
    const f = await familyWithChildBorn("2025-06-15");
    expect(await runAgeEvents(testDb(), "2041-05-01")).toBe(1); // 45 days before 16: the 60-day notice (a late first run still sends it)
    expect((await testDb().ageNotice.findFirstOrThrow({ where: { personId: f.child.id } })).milestone).toBe("CHILD_LIMIT");
    expect(await runAgeEvents(testDb(), "2043-05-16")).toBe(1); // 30 days before 18
    expect((await testDb().ageNotice.findFirstOrThrow({ where: { personId: f.child.id, milestone: "ADULT" } })).daysBefore).toBe(30);
  });
});
