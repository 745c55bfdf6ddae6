import { claimCaseSchema, type ClaimCase, type ClaimCaseInput } from "../schema/claimCase";
import { examplePlans } from "../plans/index";
import type { Plan } from "../schema/plan";

type LineInput = ClaimCaseInput["claim"]["lines"][number];

/** Builds a validated case for tests: sensible defaults, overridable piece by piece. */
export function buildCase(planCode: string, lines: Partial<LineInput>[], overrides: Partial<Omit<ClaimCaseInput, "plan">> & { plan?: Plan } = {}): ClaimCase {
  const plan = overrides.plan ?? examplePlans[planCode];
  if (plan === undefined) throw new Error(`unknown plan ${planCode}`);
  return claimCaseSchema.parse({
    today: "2025-03-10",
    policy: { number: "P-1", startDate: "2024-01-01" },
    person: { id: "p", role: "main", enrolment: { startDate: "2024-01-01" } },
    ...overrides,
    plan,
    claim: {
      id: "C-1",
      currency: "DKK",
      lines: lines.map((line, i) => ({
        id: String(i + 1),
        date: "2025-03-01",
        categoryCode: "gp_consultation",
        amountMinor: 10000,
        receiptPresent: true,
        referralPresent: true,
        prescriptionPresent: true,
        ...line,
      })),
    },
  });
}
