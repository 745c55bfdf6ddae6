import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { seedDemo } from "../db/seed/demo";
import { DEMO_USERS } from "../db/seed/demo-data";
import { copenhagenDay } from "../i18n/format";
import { testDb } from "../testing/db";
import { demoUser, jensenFamily } from "../testing/jobs-fixtures";
import { loadClaimFacts, loadClaimFormContext, resolveClaimPolicyId } from "./facts";

/** The facts a claim is evaluated against, loaded from the demo data (plain JSON for the browser). */

const TODAY = copenhagenDay(new Date("2026-11-21T10:00:00Z"));

let mette: CurrentUser;
let persons: { mette: string; lars: string; emma: string };

beforeAll(async () => {
  await seedDemo(testDb());
  mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  persons = await jensenFamily(testDb());
}, 120_000);

describe("loadClaimFacts", () => {
  it("loads plan, policy, enrolment, the paid lines of DECIDED/PAID claims and approved guarantees", async () => {
    const policyId = (await resolveClaimPolicyId(testDb(), persons.mette, TODAY))!;
    const facts = await loadClaimFacts(testDb(), { policyId, personId: persons.mette });
    expect(facts.plan.code).toBe("cigna-global");
    expect(facts.policy).toMatchObject({ number: "P-100001", startDate: "2025-01-01" });
    expect(facts.person).toMatchObject({ id: persons.mette, role: "main", enrolment: { startDate: "2025-01-01" } });
    // The seeded decided claims: a specialist visit that used the year's 1.500 kr. deductible (BEN-4),
    // then two physiotherapy lines of 520 kr., 416 kr. paid each. The deductible comes from the stored steps.
    expect(facts.history).toEqual([
      expect.objectContaining({ date: "2026-08-05", categoryCode: "specialist_consultation", claimedMinor: 240_000, paidMinor: 42_000, deductibleMinor: 150_000 }),
      expect.objectContaining({ date: "2026-08-20", categoryCode: "physiotherapy", claimedMinor: 52_000, paidMinor: 41_600, deductibleMinor: 0, quantity: 1 }),
      expect.objectContaining({ date: "2026-08-27", categoryCode: "physiotherapy", claimedMinor: 52_000, paidMinor: 41_600, deductibleMinor: 0, quantity: 1 }),
    ]);
    expect(facts.guarantees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ categoryCode: "day_patient_treatment", amountMinor: 2_800_000, validFrom: "2026-11-15" }),
        // Issue 11's demo guarantee (cataract, 16.500 kr.): its clinic's invoice of 17.250 kr. used all of it (GOP-3).
        expect.objectContaining({ categoryCode: "day_patient_treatment", diagnosis: "Grå stær", amountMinor: 0 }),
      ]),
    );
    expect(facts.guarantees).toHaveLength(2);
    expect(facts.authorisationReferences[0]?.reference).toMatch(/^GOP-2026-/);
    // Plain JSON: what the page hands to the browser survives serialisation unchanged.
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });

  it("leaves the excluded claim out of the history, and a child's history is their own", async () => {
    const paid = await testDb().claim.findFirstOrThrow({ where: { personId: persons.mette, status: "PAID" } });
    const policyId = (await resolveClaimPolicyId(testDb(), persons.mette, TODAY))!;
    const withoutPaid = await loadClaimFacts(testDb(), { policyId, personId: persons.mette, excludeClaimId: paid.id });
    expect(withoutPaid.history.map((line) => line.categoryCode)).toEqual(["physiotherapy", "physiotherapy"]);
    const child = await loadClaimFacts(testDb(), { policyId, personId: persons.emma });
    expect(child.person.role).toBe("child");
    expect(child.history).toEqual([]);
  });

  it("offers the member themself and their children, never the adult spouse without consent (FAM-7)", async () => {
    const context = await loadClaimFormContext(testDb(), mette, TODAY);
    const ids = context.subjects.map((s) => s.personId);
    expect(ids).toContain(persons.mette);
    expect(ids).toContain(persons.emma);
    expect(ids).not.toContain(persons.lars);
    expect(Object.keys(context.factsByPerson).sort()).toEqual([...ids].sort());
  });
});
