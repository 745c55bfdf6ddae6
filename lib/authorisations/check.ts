/**
 * "Do I need pre-approval?" (issue 11, point 1): the answer from the rules, at once, in the
 * browser — the rule and clause (PA-1, PA-2), the treatment count so far from the person's history,
 * what happens without approval (PA-4) and, abroad, the network reduction (PA-6). Pure.
 */
import type { ClaimFacts } from "../cover/facts.types";
import { checkPreAuthorisation, formatPercent, type PreAuthorisationAnswer, type Reason, type Setting } from "../rules";

export interface CheckInput {
  category: string;
  setting: Setting;
  country: string;
  /** The planned date ("YYYY-MM-DD"); counts only treatment before it. */
  date: string;
  /** How many treatments are planned (PA-2 counts from the 11th). */
  quantity: number;
  supplyDays?: number | undefined;
}

export interface CheckResult extends Pick<PreAuthorisationAnswer, "needed" | "ruleId" | "treatmentCount" | "withoutApproval" | "alreadyApprovedBy"> {
  reasons: Reason[];
  /** PA-6: treatment in a country where the plan has a network. */
  network: Reason | undefined;
}

export function answerCheck(facts: ClaimFacts, input: CheckInput): CheckResult {
  const answer = checkPreAuthorisation({
    plan: facts.plan,
    policyStartDate: facts.policy.startDate,
    history: facts.history,
    preAuthorisations: facts.preAuthorisations,
    guarantees: facts.guarantees,
    treatment: { categoryCode: input.category, date: input.date, setting: input.setting, quantity: input.quantity, country: input.country, supplyDays: input.supplyDays },
  });
  const outOfNetwork = facts.plan.preAuthorisation.outOfNetwork;
  const network: Reason | undefined =
    outOfNetwork !== undefined && outOfNetwork.countries.includes(input.country)
      ? {
          ruleId: "PA-6",
          da: `Behandling uden for forsikringens netværk i ${input.country} nedsættes med ${formatPercent(outOfNetwork.reductionPercent, "da")}, medmindre der ikke er en netværksbehandler inden for 50 km, behandlingen ikke findes hos en lokal netværksbehandler, eller det er akut.`,
          en: `Treatment outside the insurer's network in ${input.country} is reduced by ${formatPercent(outOfNetwork.reductionPercent, "en")}, unless no network provider is within 50 km, the treatment is not available locally in the network, or it is an emergency.`,
        }
      : undefined;
  return {
    needed: answer.needed,
    ruleId: answer.ruleId,
    treatmentCount: answer.treatmentCount,
    withoutApproval: answer.withoutApproval,
    alreadyApprovedBy: answer.alreadyApprovedBy,
    reasons: answer.reasons,
    network,
  };
}
