/**
 * The facts of a person's cover that a claim (and a guarantee of payment) is evaluated against.
 * Types only: client components import them; `loadClaimFacts` (./facts.ts, server-only) fills them.
 */
import type { Guarantee, HistoryLine, Plan, Policy, Person, PreAuthorisation } from "../rules";

/**
 * Everything the engine needs besides the claim itself, loaded once by the server
 * (`loadClaimFacts` in ./facts.ts) and handed to the browser as plain JSON.
 */
export interface ClaimFacts {
  policyId: string;
  personId: string;
  /** Validated plan data (benefit schedule). */
  plan: Plan;
  /** ELG-1, ELG-3, ELG-6: the policy as the engine sees it. */
  policy: Policy;
  /** ELG-1, ELG-2: the person and their enrolment on this policy. */
  person: Person;
  /** Earlier paid lines of this person (caps, visit limits, deductible, PA-2 counts). */
  history: HistoryLine[];
  /** PA-5: approved pre-authorisations of this person (id = reference, e.g. "PA-2026-000003"). */
  preAuthorisations: PreAuthorisation[];
  /** GOP-3: approved guarantees of payment (id = reference, e.g. "GOP-2026-000001"). */
  guarantees: Guarantee[];
  /** The references the member may type in the form, for the hint beside the field. */
  authorisationReferences: { reference: string; kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT"; category: string }[];
}
