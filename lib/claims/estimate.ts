/**
 * Form values + facts → the rules engine's ClaimCase. Pure and client-safe (lib/rules + types
 * only): the browser runs it for the live estimate, the submit action for the stored
 * `engineDecision`, and the adjudication job for the decision, so all three compute the same.
 */
import { evaluateClaim, type ClaimCase, type ClaimDecision, type Guarantee, type HistoryLine, type Plan, type Policy, type Person, type PreAuthorisation } from "../rules";
import type { ClaimFormValues } from "./claim-form-schema";

/**
 * Everything the engine needs besides the claim itself, loaded once by the server
 * (`loadClaimFacts`) and handed to the browser as plain JSON.
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

export interface BuildOptions {
  /** The claim's id or number in the decision; "estimate" in the browser. */
  claimId?: string;
  /** Network status of the chosen providers (server: from the Provider rows; PA-6). Default in network. */
  providerInNetwork?: Readonly<Record<string, boolean>>;
}

/** The CLM-6 declaration as the engine reads it: Sygeforsikringen "danmark" counts as other insurance. */
function otherInsuranceOf(values: Pick<ClaimFormValues, "otherInsurance">): ClaimCase["claim"]["lines"][number]["otherInsurance"] {
  const { declared, insurerName, sygeforsikringDanmark } = values.otherInsurance;
  if (!declared && !sygeforsikringDanmark) return { declared: false };
  const names = [declared ? insurerName : undefined, sygeforsikringDanmark ? 'Sygeforsikringen "danmark"' : undefined].filter(Boolean);
  return { declared: true, insurer: names.join(", ") || undefined };
}

/** Maps the form to the engine's input. Line ids are the line indexes ("0", "1", …). */
export function buildClaimCase(facts: ClaimFacts, form: ClaimFormValues, today: string, options: BuildOptions = {}): ClaimCase {
  const otherInsurance = otherInsuranceOf(form);
  const diagnosis = form.diagnosis.trim() || undefined;
  return {
    today,
    plan: facts.plan,
    policy: facts.policy,
    person: facts.person,
    history: facts.history,
    preAuthorisations: facts.preAuthorisations,
    guarantees: facts.guarantees,
    approvedConditions: [],
    claim: {
      id: options.claimId ?? "estimate",
      currency: facts.plan.currency,
      lines: form.lines.map((line, index) => ({
        id: String(index),
        date: line.treatmentDate,
        categoryCode: line.category,
        setting: line.setting,
        country: line.country,
        inNetwork: line.providerId ? (options.providerInNetwork?.[line.providerId] ?? true) : true,
        amountMinor: line.amountMinor,
        currency: line.currency,
        quantity: 1,
        diagnosis,
        emergency: form.emergency,
        referralPresent: line.referralPresent,
        prescriptionPresent: line.prescriptionPresent,
        receiptPresent: line.receiptPresent,
        otherInsurance,
        paidByPublicMinor: 0,
        exclusionCodes: [],
        preExisting: false,
        acuteSeriousIllnessOrAccident: false,
        noNetworkProviderWithin50Km: false,
        notAvailableFromLocalNetwork: false,
      })),
    },
  };
}

/** The estimate for valid values; same call the server makes at submit. */
export function estimateClaim(facts: ClaimFacts, form: ClaimFormValues, today: string, options: BuildOptions = {}): ClaimDecision {
  return evaluateClaim(buildClaimCase(facts, form, today, options));
}

/** Line index of an engine line id (the inverse of buildClaimCase's ids). */
export function lineIndexOf(lineId: string | undefined): number | undefined {
  if (lineId === undefined || !/^\d+$/.test(lineId)) return undefined;
  return Number(lineId);
}
