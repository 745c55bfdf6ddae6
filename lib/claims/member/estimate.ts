/**
 * A claim + facts → the rules engine's ClaimCase. Pure and client-safe (lib/rules + types
 * only): the browser runs it on the form's values for the live estimate, the submit action for
 * the stored `engineDecision`, and the adjudication job on the stored claim (lib/claims/adjudicate.ts)
 * for the decision — all three through `claimCaseOf`, so they compute the same.
 */
import { evaluateClaim, type ClaimCase, type ClaimDecision, type Guarantee, type HistoryLine, type Plan, type Policy, type Person, type PreAuthorisation } from "../../rules";
import type { ClaimFormValues, TreatmentSettingCode } from "./claim-form-schema";

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

/** What the engine reads of a claim as a whole; the form's values and the stored claim both say it. */
export interface CaseClaim {
  diagnosis: string | null;
  emergency: boolean;
  /** CLM-6 */
  otherInsurance: { declared: boolean; insurerName?: string | null; sygeforsikringDanmark: boolean };
}

/** What the engine reads of one claim line; the form's values and the stored line both say it. */
export interface CaseLine {
  treatmentDate: string;
  category: string;
  setting: TreatmentSettingCode;
  country: string;
  /** PA-6: the provider is in the insurer's network. */
  inNetwork: boolean;
  amountMinor: number;
  currency: string;
  quantity: number;
  referralPresent: boolean;
  prescriptionPresent: boolean;
  receiptPresent: boolean;
}

/** The CLM-6 declaration as the engine reads it: Sygeforsikringen "danmark" counts as other insurance. */
function otherInsuranceOf(claim: CaseClaim): ClaimCase["claim"]["lines"][number]["otherInsurance"] {
  const { declared, insurerName, sygeforsikringDanmark } = claim.otherInsurance;
  if (!declared && !sygeforsikringDanmark) return { declared: false };
  const names = [declared ? insurerName : undefined, sygeforsikringDanmark ? 'Sygeforsikringen "danmark"' : undefined].filter(Boolean);
  return { declared: true, insurer: names.join(", ") || undefined };
}

/** The engine's input for a claim and its lines, in order. Line ids are the line indexes ("0", "1", …). */
export function claimCaseOf(facts: ClaimFacts, today: string, claimId: string, claim: CaseClaim, lines: readonly CaseLine[]): ClaimCase {
  const otherInsurance = otherInsuranceOf(claim);
  const diagnosis = claim.diagnosis?.trim() || undefined;
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
      id: claimId,
      currency: facts.plan.currency,
      lines: lines.map((line, index) => ({
        id: String(index),
        date: line.treatmentDate,
        categoryCode: line.category,
        setting: line.setting,
        country: line.country,
        inNetwork: line.inNetwork,
        amountMinor: line.amountMinor,
        currency: line.currency,
        quantity: line.quantity,
        diagnosis,
        emergency: claim.emergency,
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

/** Line index of an engine line id (the inverse of buildClaimCase's ids). */
export function lineIndexOf(lineId: string | undefined): number | undefined {
  if (lineId === undefined || !/^\d+$/.test(lineId)) return undefined;
  return Number(lineId);
}
