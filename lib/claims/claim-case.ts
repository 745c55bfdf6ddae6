/**
 * A claim + facts → the rules engine's ClaimCase. Pure and client-safe (lib/rules + types
 * only): the browser runs it on the form's values for the live estimate (./member/estimate.ts),
 * the submit action for the stored `engineDecision`, and the adjudication job on the stored claim
 * (./adjudicate.ts) for the decision — all three through `claimCaseOf`, so they compute the same.
 */
import type { ClaimCase } from "../rules";
import type { ClaimFacts } from "../cover/facts.types";

export const SETTINGS = ["out_patient", "day_patient", "in_patient"] as const;
export type TreatmentSettingCode = (typeof SETTINGS)[number];

/** What the engine reads of a claim as a whole; the form's values and the stored claim both say it. */
export interface CaseClaim {
  diagnosis: string | null;
  emergency: boolean;
  /** CLM-6 */
  otherInsurance: { declared: boolean; insurerName?: string | null; sygeforsikringDanmark: boolean };
  /** ELG-2: the medical adviser confirmed an acute serious illness (a handler records it; never the form). */
  acuteIllnessConfirmed?: boolean;
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
        // ELG-2: an emergency in a waiting period goes to a handler, who may record the medical adviser's confirmation.
        acuteSeriousIllnessOrAccident: claim.emergency || (claim.acuteIllnessConfirmed ?? false),
        acuteSeriousIllnessConfirmed: claim.acuteIllnessConfirmed ?? false,
        noNetworkProviderWithin50Km: false,
        notAvailableFromLocalNetwork: false,
      })),
    },
  };
}

/** Line index of an engine line id (the inverse of claimCaseOf's ids). */
export function lineIndexOf(lineId: string | undefined): number | undefined {
  if (lineId === undefined || !/^\d+$/.test(lineId)) return undefined;
  return Number(lineId);
}
