import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { seedDemo } from "../db/seed/demo";
import { DEMO_USERS } from "../db/seed/demo-data";
import { testDb } from "../testing/db";
import { demoUser, jensenFamily } from "../testing/jobs-fixtures";
import { loadMemberHome } from "./home";

/** The member home on the demo data: cover and usage per visible person, latest claims, tasks, audit. */

const NOW = new Date("2026-11-21T10:00:00Z");

let mette: CurrentUser;
let lars: CurrentUser;
let persons: { mette: string; lars: string; emma: string };

beforeAll(async () => {
  await seedDemo(testDb());
  mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  lars = await demoUser(testDb(), DEMO_USERS.spouse.email);
  persons = await jensenFamily(testDb());
}, 120_000);

describe("loadMemberHome", () => {
  it("shows the member and their children, never the adult spouse without consent (FAM-7)", async () => {
    const home = await loadMemberHome(testDb(), mette, { ip: "203.0.113.7", now: NOW });
    const shown = home.covers.map((cover) => cover.personId);
    expect(shown[0]).toBe(persons.mette);
    expect(shown).toContain(persons.emma);
    expect(shown).not.toContain(persons.lars);
    expect(home.claims.every((claim) => claim.personId !== persons.lars)).toBe(true);
  });

  it("meters the policy year from the settled lines: deductible, annual maximum, the PA-2 counter", async () => {
    const home = await loadMemberHome(testDb(), mette, { ip: null, now: NOW });
    const own = home.covers.find((cover) => cover.personId === persons.mette)!;
    expect(own).toMatchObject({ policyNumber: "P-100001", coveredToday: true, planName: { en: expect.any(String) } });
    expect(own.usage.policyYear).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    // The seeded settled claims: 420 + 416 + 416 kr. paid, the year's 1.500 kr. deductible taken (BEN-4).
    expect(own.usage.paidMinor).toBe(42_000 + 41_600 + 41_600);
    expect(own.usage.deductible).toMatchObject({ ruleId: "BEN-4", limit: 150_000, used: 150_000, remaining: 0 });
    expect(own.usage.annualMaximum).toMatchObject({ ruleId: "BEN-2", used: 125_200 });
    const physio = own.usage.counters.find((counter) => counter.en.startsWith("Physiotherapy"));
    expect(physio).toMatchObject({ ruleId: "PA-2", limit: 10, used: 2, remaining: 8 });
    expect(physio?.en).toContain("2 of 10 treatments before pre-authorisation is needed");
    // A child's usage is their own.
    expect(home.covers.find((cover) => cover.personId === persons.emma)!.usage.paidMinor).toBe(0);
    // Plain JSON for the page.
    expect(JSON.parse(JSON.stringify(home))).toEqual(home);
  });

  it("lists the latest claims newest first with what happens next, and the member's open tasks", async () => {
    const home = await loadMemberHome(testDb(), mette, { ip: null, now: NOW });
    expect(home.claims.length).toBeGreaterThan(0);
    expect(home.claims.length).toBeLessThanOrEqual(5);
    const created = home.claims.map((claim) => claim.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    for (const claim of home.claims) expect(claim.next.key).toBeTruthy();
    const paid = home.claims.find((claim) => claim.status === "PAID");
    if (paid) expect(paid.next.key).toBe("paid");
    const openTasks = await testDb().memberTask.count({ where: { userId: mette.userId, status: "OPEN" } });
    expect(home.tasks).toHaveLength(openTasks);
  });

  it("audits one home.view row per person whose data it showed", async () => {
    const before = new Date();
    const home = await loadMemberHome(testDb(), mette, { ip: "198.51.100.4", now: NOW });
    const rows = await testDb().auditEvent.findMany({ where: { actorUserId: mette.userId, action: "home.view", createdAt: { gte: before } } });
    expect(rows.map((row) => row.personId).sort()).toEqual(home.covers.map((cover) => cover.personId).sort());
    expect(rows.map((row) => row.personId)).toContain(persons.emma);
    expect(rows.map((row) => row.personId)).not.toContain(persons.lars);
    expect(rows.every((row) => row.ip === "198.51.100.4")).toBe(true);
  });

  it("the spouse sees only their own cover and claims", async () => {
    const home = await loadMemberHome(testDb(), lars, { ip: null, now: NOW });
    expect(home.covers.map((cover) => cover.personId)).toEqual([persons.lars]);
    expect(home.claims.every((claim) => claim.personId === persons.lars)).toBe(true);
  });
});
