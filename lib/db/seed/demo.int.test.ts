import { describe, expect, it } from "vitest";
import { planSchema } from "../../rules";
import { verifySecret } from "../../auth/password";
import { testDb } from "../../testing/db";
import { seedDemo } from "./demo";
import { DEMO_PROVIDER_COUNT } from "./providers";
import { DEMO_ACTIVATION, DEMO_EMPLOYER, DEMO_PASSWORD, DEMO_POLICIES, DEMO_USERS } from "./demo-data";

describe("demo seed", () => {
  it("creates the demo insurer with every role, and a second run changes nothing", async () => {
    const db = testDb();
    expect(await seedDemo(db)).toBe(true);
    const counts = async () => ({
      users: await db.user.count(),
      persons: await db.person.count(),
      providers: await db.provider.count(),
      claims: await db.claim.count(),
      plans: await db.plan.count(),
    });
    const first = await counts();
    expect(await seedDemo(db)).toBe(false);
    expect(await counts()).toEqual(first);

    expect(first.plans).toBe(4);
    expect(first.providers).toBe(DEMO_PROVIDER_COUNT);
    const roles = (await db.user.findMany({ select: { roles: true } })).flatMap((u) => u.roles);
    expect(new Set(roles)).toEqual(new Set(["MEMBER", "EMPLOYER_ADMIN", "CLAIMS_HANDLER"]));
  });

  it("has the family, the 25 staff of the group scheme and claims in several states", async () => {
    const db = testDb();
    await seedDemo(db);
    const family = await db.policy.findUniqueOrThrow({ where: { number: DEMO_POLICIES.family }, include: { enrolments: true } });
    expect(family.enrolments.map((e) => e.role).sort()).toEqual(["CHILD", "CHILD", "MAIN", "SPOUSE"]);

    const employer = await db.employer.findUniqueOrThrow({ where: { cvr: DEMO_EMPLOYER.cvr } });
    const group = await db.policy.findUniqueOrThrow({ where: { number: DEMO_POLICIES.group } });
    expect(group.employerId).toBe(employer.id);
    expect(await db.enrolment.count({ where: { policyId: group.id, role: "EMPLOYEE" } })).toBe(25);
    expect(await db.enrolment.count({ where: { policyId: group.id, role: { not: "EMPLOYEE" } } })).toBeGreaterThan(0);

    const statuses = new Set((await db.claim.findMany({ select: { status: true } })).map((c) => c.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    expect(await db.authorisation.count()).toBeGreaterThanOrEqual(2);
  });

  it("stores plans the rules module accepts, demo passwords that verify and a usable activation code", async () => {
    const db = testDb();
    await seedDemo(db);
    for (const plan of await db.plan.findMany()) expect(planSchema.safeParse(plan.schedule).success).toBe(true);
    const mette = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.mainInsured.email } });
    expect(await verifySecret(mette.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const sofie = await db.person.findUniqueOrThrow({ where: { memberNumber: DEMO_ACTIVATION.memberNumber }, include: { activationCodes: true, user: true } });
    expect(sofie.user).toBeNull();
    expect(await verifySecret(sofie.activationCodes[0]!.codeHash, DEMO_ACTIVATION.code)).toBe(true);
  });
});

describe("demo seed decisions", () => {
  it("decides the seeded claims with the rules engine: steps, settlement notes, the year's deductible used, no mails", async () => {
    const db = testDb();
    await seedDemo(db);
    const decided = await db.claim.findMany({
      where: { status: { in: ["DECIDED", "PAID"] } },
      include: { lines: true, settlementNote: true },
      orderBy: { submittedAt: "asc" },
    });
    expect(decided.map((c) => c.status)).toEqual(["PAID", "DECIDED"]);
    for (const claim of decided) {
      expect(claim.settlementNote).not.toBeNull();
      for (const line of claim.lines) expect(line.steps).toBeTruthy();
    }
    // Specialist 2.400 kr. at 80 % = 1.920 kr., less the 1.500 kr. deductible (BEN-4) = 420 kr.
    expect(decided[0]!.payableTotalMinor).toBe(42_000);
    // Physiotherapy 2 × 520 kr. at 80 % = 832 kr., the deductible already used.
    expect(decided[1]!.payableTotalMinor).toBe(83_200);
    expect(await db.outboundEmail.count({ where: { template: "claim-decided" } })).toBe(0);
  });
});
