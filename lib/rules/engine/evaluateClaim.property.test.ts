import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { examplePlans } from "../plans/index";
import { claimCaseSchema } from "../schema/claimCase";
import { evaluateClaim } from "./evaluateClaim";

const planCodes = Object.keys(examplePlans);

const lineArb = (categories: string[]) =>
  fc.record({
    date: fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, "0")}`),
    categoryCode: fc.constantFrom(...categories),
    setting: fc.constantFrom("in_patient", "day_patient", "out_patient"),
    country: fc.constantFrom("DK", "US"),
    inNetwork: fc.boolean(),
    amountMinor: fc.integer({ min: 0, max: 50_000_000 }),
    quantity: fc.integer({ min: 1, max: 5 }),
    emergency: fc.boolean(),
    receiptPresent: fc.boolean(),
    referralPresent: fc.boolean(),
    prescriptionPresent: fc.boolean(),
    paidByPublicMinor: fc.integer({ min: 0, max: 100_000 }),
    conditionCode: fc.constantFrom("cancer", "als", "migraine"),
  });

describe("property: payable is bounded", () => {
  it("never exceeds claimed, never goes negative, and never exceeds remaining limits", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...planCodes).chain((code) => {
          const plan = examplePlans[code]!;
          const categories = plan.benefitCategories.map((c) => c.code);
          return fc.record({
            code: fc.constant(code),
            lines: fc.array(lineArb(categories), { minLength: 1, maxLength: 8 }),
            history: fc.array(
              fc.record({
                date: fc.integer({ min: 1, max: 28 }).map((d) => `2025-01-${String(d).padStart(2, "0")}`),
                categoryCode: fc.constantFrom(...categories),
                claimedMinor: fc.integer({ min: 0, max: 5_000_000 }),
                quantity: fc.integer({ min: 1, max: 6 }),
              }).map((h) => ({ ...h, paidMinor: Math.floor(h.claimedMinor / 5) })),
              { maxLength: 30 },
            ),
          });
        }),
        ({ code, lines, history }) => {
          const plan = examplePlans[code]!;
          const input = claimCaseSchema.parse({
            today: "2025-03-01",
            plan,
            policy: { number: "P", startDate: "2024-01-01", addOns: plan.addOns.map((a) => ({ code: a.code, startDate: "2024-01-01" })) },
            person: { id: "p", role: "main", enrolment: { startDate: "2024-01-01" } },
            history,
            approvedConditions: [{ conditionCode: "cancer", approvedOn: "2024-06-01" }],
            claim: { id: "C", currency: "DKK", lines: lines.map((l, i) => ({ ...l, id: String(i) })) },
          });
          const decision = evaluateClaim(input);
          const paidBefore = history.reduce((sum, h) => sum + h.paidMinor, 0);
          let paidNow = 0;
          for (const line of decision.lines) {
            expect(line.payableMinor).toBeGreaterThanOrEqual(0);
            expect(line.payableMinor).toBeLessThanOrEqual(line.claimedMinor);
            expect(line.memberShareMinor).toBe(line.claimedMinor - line.payableMinor);
            for (const step of line.steps) if (step.kind !== "member_share") expect(step.amountMinor).toBeGreaterThanOrEqual(0);
            paidNow += line.outcome === "rejected" ? 0 : line.payableMinor;
          }
          const maximum = decision.usageAfter.annualMaximum;
          if (maximum !== null) expect(paidBefore + paidNow).toBeLessThanOrEqual(Math.max(maximum.limit, paidBefore));
          for (const category of decision.usageAfter.categories) {
            for (const limit of category.limits) {
              if (limit.kind === "per_policy_year") {
                const before = history.filter((h) => h.categoryCode === category.code).reduce((s, h) => s + h.paidMinor, 0);
                expect(limit.used).toBeLessThanOrEqual(Math.max(limit.limit, before));
              }
            }
          }
        },
      ),
      { numRuns: 300, seed: 20250301 },
    );
  });
});
