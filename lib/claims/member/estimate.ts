/**
 * The claim form's values → the engine's case and decision: the browser's live estimate and the
 * submit's `engineDecision`. Pure and client-safe; the mapping itself is `claimCaseOf` (../claim-case.ts).
 */
import { evaluateClaim, type ClaimCase, type ClaimDecision } from "../../rules";
import type { ClaimFacts } from "../../cover/facts.types";
import { claimCaseOf } from "../claim-case";
import type { ClaimFormValues } from "./claim-form-schema";

export interface BuildOptions {
  /** The claim's id or number in the decision; "estimate" in the browser. */
  claimId?: string;
  /** Network status of the chosen providers (server: from the Provider rows; PA-6). Default in network. */
  providerInNetwork?: Readonly<Record<string, boolean>>;
}

/** Maps the form to the engine's input; a typed provider (no id) counts as in network. */
export function buildClaimCase(facts: ClaimFacts, form: ClaimFormValues, today: string, options: BuildOptions = {}): ClaimCase {
  const lines = form.lines.map((line) => ({
    ...line,
    inNetwork: line.providerId ? (options.providerInNetwork?.[line.providerId] ?? true) : true,
    quantity: 1,
  }));
  return claimCaseOf(facts, today, options.claimId ?? "estimate", form, lines);
}

/** The estimate for valid values; same call the server makes at submit. */
export function estimateClaim(facts: ClaimFacts, form: ClaimFormValues, today: string, options: BuildOptions = {}): ClaimDecision {
  return evaluateClaim(buildClaimCase(facts, form, today, options));
}
