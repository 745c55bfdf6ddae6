import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { createEnrolment, createInsurer, createMember, createPerson, createPlan, createPolicy, createUser, testDb } from "./db";

describe("integration harness", () => {
  it("gives this file its own, migrated and empty database", async () => {
    expect(process.env.DATABASE_URL).toMatch(/\/t_[0-9a-z]+_[0-9a-f]+$/);
    expect(await testDb().user.count()).toBe(0);
    expect(await testDb().insurer.count()).toBe(0);
  });

  it("server-only is importable in tests", async () => {
    await expect(import("server-only")).resolves.toBeDefined();
  });
});

describe("factories", () => {
  it("create an insurer, plan, policy, person and enrolment that reference each other", async () => {
    const insurer = await createInsurer({ name: "Sundhed A/S" });
    const plan = await createPlan({ insurerId: insurer.id, schedule: { any: "json" } });
    const policy = await createPolicy({ planId: plan.id, kind: "GROUP" });
    const person = await createPerson({ firstName: "Karen" });
    const enrolment = await createEnrolment({ personId: person.id, policyId: policy.id, role: "EMPLOYEE" });

    expect(plan.insurerId).toBe(insurer.id);
    expect(policy).toMatchObject({ insurerId: insurer.id, planId: plan.id, kind: "GROUP", currency: "DKK", status: "ACTIVE" });
    expect(enrolment).toMatchObject({ personId: person.id, policyId: policy.id, role: "EMPLOYEE" });
    expect(enrolment.startDate).toEqual(policy.startDate);
  });

  it("fill in what is not given, with unique values", async () => {
    const [a, b] = [await createEnrolment(), await createEnrolment()];
    expect(a.policyId).not.toBe(b.policyId);
    expect(a.personId).not.toBe(b.personId);
  });

  it("createUser lower-cases the e-mail and stores an argon2id hash of the password", async () => {
    const user = await createUser({ email: "Mette@Example.DK", password: "korrekt hest batteri", roles: ["CLAIMS_HANDLER"] });
    expect(user.email).toBe("mette@example.dk");
    expect(user.roles).toEqual(["CLAIMS_HANDLER"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash!, "korrekt hest batteri")).toBe(true);
    expect(user.activatedAt).toBeInstanceOf(Date);

    const noPassword = await createUser({ roles: ["MEMBER"] });
    expect(noPassword.passwordHash).toBeNull();
    expect(noPassword.activatedAt).toBeNull();
  });

  it("createMember links user → person → enrolment → policy", async () => {
    const { user, person, policy } = await createMember({ password: "hemmeligt-1234" });
    const loaded = await testDb().user.findUniqueOrThrow({
      where: { id: user.id },
      include: { person: { include: { enrolments: true } } },
    });
    expect(loaded.person?.id).toBe(person.id);
    expect(loaded.person?.enrolments.map((e) => e.policyId)).toEqual([policy.id]);
    expect(loaded.roles).toEqual(["MEMBER"]);
  });
});
