import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { createEnrolment, createPerson, createPolicy, testDb } from "../testing/db";
import { loadActor } from "./actor";
import { can, decide } from "./can";
import { healthDataSubjects } from "./health-data";

const TODAY = new Date("2026-11-21T10:00:00Z");

function asUser(person: { id: string; firstName: string; lastName: string; memberNumber: string }, roles: CurrentUser["roles"] = ["MEMBER"], userId = "00000000-0000-7000-8000-000000000000"): CurrentUser {
  return { userId, sessionId: "s", email: "x@example.test", displayName: "x", roles, locale: "da", person, policyNumber: null, employer: null };
}

const OTHER_USER = "00000000-0000-7000-8000-000000000001";

/** FAM-7 through the loaded actor: may this member see the person's claims? */
async function mayAccessHealthDataOf(user: CurrentUser, personId: string): Promise<boolean> {
  return can(await loadActor(testDb(), user, TODAY), "claim.read", { personId, status: "SUBMITTED", submittedById: OTHER_USER });
}

/** ACC-3: may this member act (start a claim) for the person? */
async function mayActFor(user: CurrentUser, personId: string): Promise<boolean> {
  return can(await loadActor(testDb(), user, TODAY), "claim.create", { personId });
}

async function family() {
  const policy = await createPolicy();
  const main = await createPerson({ birthDate: new Date("1980-01-01") });
  const spouse = await createPerson({ birthDate: new Date("1981-01-01") });
  const child = await createPerson({ birthDate: new Date("2015-06-01") });
  const adultChild = await createPerson({ birthDate: new Date("2008-11-20") }); // 18 since yesterday
  for (const [person, role] of [[main, "MAIN"], [spouse, "SPOUSE"], [child, "CHILD"], [adultChild, "CHILD"]] as const) {
    await createEnrolment({ personId: person.id, policyId: policy.id, role });
  }
  return { policy, main, spouse, child, adultChild };
}

describe("health-data access (FAM-7, ACC-3, GRP-3)", () => {
  it("the main insured sees themself and children below 15, not the spouse or an adult child", async () => {
    const { main, spouse, child, adultChild } = await family();
    const subjects = await healthDataSubjects(testDb(), asUser(main), TODAY);
    expect(subjects.map((s) => [s.personId, s.relation])).toEqual([
      [main.id, "self"],
      [child.id, "child"],
    ]);
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(false);
    expect(await mayAccessHealthDataOf(asUser(main), adultChild.id)).toBe(false);
  });

  it("the spouse sees only their own data", async () => {
    const { main, spouse, child } = await family();
    const ids = (await healthDataSubjects(testDb(), asUser(spouse), TODAY)).map((s) => s.personId);
    expect(ids).toEqual([spouse.id]);
    expect(ids).not.toContain(main.id);
    expect(ids).not.toContain(child.id);
  });

  it("an adult's consent given by themself opens their data; withdrawing it closes it again", async () => {
    const { main, spouse } = await family();
    const consent = await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: spouse.id, granteePersonId: main.id } });
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(true);
    await testDb().consent.update({ where: { id: consent.id }, data: { withdrawnAt: new Date() } });
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(false);
  });

  it("an expired power of attorney gives nothing", async () => {
    const { main, spouse } = await family();
    await testDb().consent.create({ data: { kind: "POWER_OF_ATTORNEY", grantorPersonId: spouse.id, granteePersonId: main.id, validTo: new Date("2026-11-20") } });
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(false);
  });

  it("an employer admin without the member role sees no health data at all", async () => {
    const { main } = await family();
    expect(await healthDataSubjects(testDb(), asUser(main, ["EMPLOYER_ADMIN"]), TODAY)).toEqual([]);
    const actor = await loadActor(testDb(), asUser(main, ["EMPLOYER_ADMIN"]), TODAY);
    expect(actor).toMatchObject({ healthDataSubjects: [], insurerId: null });
    expect(decide(actor, "claim.create", { personId: main.id })).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("a valid power of attorney given by the adult themself opens their data (ACC-3)", async () => {
    const { main, spouse } = await family();
    await testDb().consent.create({ data: { kind: "POWER_OF_ATTORNEY", grantorPersonId: spouse.id, granteePersonId: main.id, validTo: new Date("2026-11-21") } });
    const actor = await loadActor(testDb(), asUser(main), TODAY);
    expect(actor.healthDataSubjects.find((s) => s.personId === spouse.id)?.relation).toBe("power_of_attorney");
    expect(can(actor, "claim.read", { personId: spouse.id, status: "SUBMITTED", submittedById: OTHER_USER })).toBe(true);
    expect(await mayActFor(asUser(main), spouse.id)).toBe(true);
  });

  it("a consent lets the grantee see, not act (ACC-3); with a power of attorney too, they act", async () => {
    const { main, spouse } = await family();
    await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: spouse.id, granteePersonId: main.id, scope: "CLAIMS" } });
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(true);
    expect(await mayActFor(asUser(main), spouse.id)).toBe(false);
    await testDb().consent.create({ data: { kind: "POWER_OF_ATTORNEY", grantorPersonId: spouse.id, granteePersonId: main.id, scope: "ALL" } });
    const subject = (await healthDataSubjects(testDb(), asUser(main), TODAY)).find((s) => s.personId === spouse.id);
    expect(subject).toMatchObject({ relation: "power_of_attorney", scope: "ALL" });
    expect(await mayActFor(asUser(main), spouse.id)).toBe(true);
  });

  it("a grant starting tomorrow opens nothing today", async () => {
    const { main, spouse } = await family();
    await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: spouse.id, granteePersonId: main.id, validFrom: new Date("2026-11-22") } });
    expect(await mayAccessHealthDataOf(asUser(main), spouse.id)).toBe(false);
  });

  it("Danish Health Act §17: from 15 a child's data is theirs; the parent sees it with the child's consent only", async () => {
    const { policy, main } = await family();
    const fourteen = await createPerson({ birthDate: new Date("2011-11-22") }); // 15 tomorrow
    const fifteen = await createPerson({ birthDate: new Date("2011-11-21") }); // 15 today
    const sixteen = await createPerson({ birthDate: new Date("2010-05-01") });
    for (const child of [fourteen, fifteen, sixteen]) await createEnrolment({ personId: child.id, policyId: policy.id, role: "CHILD" });
    expect(await mayActFor(asUser(main), fourteen.id)).toBe(true);
    expect(await mayAccessHealthDataOf(asUser(main), fifteen.id)).toBe(false);
    expect(await mayAccessHealthDataOf(asUser(main), sixteen.id)).toBe(false);
    await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: sixteen.id, granteePersonId: main.id } });
    expect(await mayAccessHealthDataOf(asUser(main), sixteen.id)).toBe(true);
    expect(await mayActFor(asUser(main), sixteen.id)).toBe(false);
  });

  it("the own-data age is the insurer's setting", async () => {
    const { policy, main } = await family();
    await testDb().insurer.update({ where: { id: policy.insurerId }, data: { childOwnHealthDataFromAge: 16 } });
    const fifteen = await createPerson({ birthDate: new Date("2011-01-01") });
    await createEnrolment({ personId: fifteen.id, policyId: policy.id, role: "CHILD" });
    expect(await mayActFor(asUser(main), fifteen.id)).toBe(true);
  });

  it("a child whose enrolment waits for the handler's decision is not the parent's to claim for yet", async () => {
    const { policy, main } = await family();
    const newborn = await createPerson({ birthDate: new Date("2026-10-01") });
    await createEnrolment({ personId: newborn.id, policyId: policy.id, role: "CHILD", status: "PENDING" });
    expect(await mayActFor(asUser(main), newborn.id)).toBe(false);
  });

  it("a handler reaches the policies of their own insurer only", async () => {
    const { policy } = await family();
    const other = await createPolicy();
    const handler = await testDb().user.create({ data: { email: `h${Date.now()}@example.test`, roles: ["CLAIMS_HANDLER"], displayName: "H", insurerId: policy.insurerId } });
    const user = { ...asUser({ id: "", firstName: "", lastName: "", memberNumber: "" }, ["CLAIMS_HANDLER"], handler.id), person: null };
    const actor = await loadActor(testDb(), user, TODAY);
    expect(actor.insurerId).toBe(policy.insurerId);
    expect(can(actor, "claim.review", { insurerId: policy.insurerId, status: "SUBMITTED" })).toBe(true);
    expect(can(actor, "claim.review", { insurerId: other.insurerId, status: "SUBMITTED" })).toBe(false);
  });
});
