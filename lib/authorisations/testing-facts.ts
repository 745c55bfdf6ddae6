/**
 * Plain facts of one person on an example plan, for the pure tests and the benchmark (no
 * database): what loadClaimFacts would return for a member enrolled since 2025-01-01.
 */
import type { ClaimFacts } from "../cover/facts.types";
import type { Plan } from "../rules";

export const FACTS_PERSON_ID = "0190a1b2-0000-7000-8000-000000000001";

export function factsOn(plan: Plan, overrides: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    policyId: "0190a1b2-0000-7000-8000-000000000f01",
    personId: FACTS_PERSON_ID,
    plan,
    policy: { number: "P-100001", startDate: "2025-01-01", addOns: [], specialTermsCoveredConditions: [] },
    person: { id: FACTS_PERSON_ID, role: "main", birthDate: "1984-03-12", enrolment: { startDate: "2025-01-01", transferFromComparableInsurer: false } },
    history: [],
    preAuthorisations: [],
    guarantees: [],
    authorisationReferences: [],
    ...overrides,
  };
}

/** n earlier physiotherapy treatments in 2026 (PA-2 counts from the 11th). */
export function physiotherapyHistory(count: number): ClaimFacts["history"] {
  return Array.from({ length: count }, (_, i) => ({
    date: `2026-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, "0")}`,
    categoryCode: "physiotherapy",
    claimedMinor: 50_000,
    paidMinor: 40_000,
    deductibleMinor: 0,
    quantity: 1,
    currency: "DKK",
    diagnosis: undefined,
    treatmentCourseId: undefined,
    guaranteeId: undefined,
    claimId: `c-${i}`,
  }));
}
