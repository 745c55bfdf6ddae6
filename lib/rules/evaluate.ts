import { evaluateClaim } from "./engine/evaluateClaim";
import { formatZodIssues, type ParseResult } from "./issues";
import { examplePlans } from "./plans/index";
import { claimCaseFileSchema, claimCaseSchema, type ClaimCase } from "./schema/claimCase";
import type { ClaimDecision } from "./schema/decision";

/**
 * Validates a case whose plan is inline or named by an example plan's code, and returns the
 * parsed case or every offending path. Never throws on bad input.
 */
export function resolveClaimCase(input: unknown): ParseResult<ClaimCase> {
  const file = claimCaseFileSchema.safeParse(input);
  if (!file.success) return { ok: false, issues: formatZodIssues(file.error.issues) };
  const planRef = file.data.plan;
  let plan = planRef;
  if (typeof planRef === "string") {
    const known = examplePlans[planRef];
    if (known === undefined) {
      return { ok: false, issues: [{ path: "plan", message: `unknown plan "${planRef}"; known plans: ${Object.keys(examplePlans).join(", ")}` }] };
    }
    plan = known;
  }
  const parsed = claimCaseSchema.safeParse({ ...(input as Record<string, unknown>), plan });
  if (!parsed.success) return { ok: false, issues: formatZodIssues(parsed.error.issues) };
  return { ok: true, value: parsed.data };
}

/** Validation plus evaluation, for callers holding untrusted JSON. */
export function parseAndEvaluateClaim(input: unknown): ParseResult<ClaimDecision> {
  const resolved = resolveClaimCase(input);
  if (!resolved.ok) return resolved;
  return { ok: true, value: evaluateClaim(resolved.value) };
}
