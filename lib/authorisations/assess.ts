/**
 * The engine's view of a pre-authorisation / guarantee-of-payment request (GOP-2): does it need
 * approval (PA-1, PA-2), what would the plan pay on the estimate (the claims engine on a one-line
 * case dated the planned day, with the requested approval in place so PA-4 does not reduce it),
 * what the member pays themself (BEN-4 deductible, the uncovered part), and whether the request is
 * rule-clear enough to approve without a person. Pure: runs in the browser ("Do I need
 * pre-approval?"), in the auto-decision job and in the benchmark.
 */
import type { ClaimFacts } from "../cover/facts.types";
import { evaluateClaim, type ClaimCase, type Reason, type Setting } from "../rules";
import { addMonths, toDay } from "../rules/dates";
import { answerCheck, type CheckResult } from "./check";

export type AuthorisationKindCode = "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";

/** What the engine needs about the request (the form's output, or a stored request). */
export interface RequestFacts {
  category: string;
  setting: Setting;
  country: string;
  plannedDate: string;
  estimatedCostMinor?: number | undefined;
  sessions?: number | undefined;
  periodFrom?: string | undefined;
  periodTo?: string | undefined;
  supplyDays?: number | undefined;
  emergency: boolean;
  /** PA-3: hours between treatment start and the notice (emergency only). */
  notifiedAfterHours?: number | undefined;
}

/**
 * The insurer's limits for deciding without a person. Requests above them (or anything the rules
 * do not clear) go to a handler within the same 48 hours.
 */
export const AUTO_APPROVAL = {
  maxEstimateMinor: 25_000_00,
  maxSessions: 20,
  /** Validity when the member names no period (PA-5). */
  defaultValidityMonths: 6,
  /** GOP-4: a patient-association guarantee runs at most 12 months. */
  guaranteeRequiredValidityMonths: 12,
} as const;

export interface Proposal {
  kind: AuthorisationKindCode;
  amountMinor: number | undefined;
  sessions: number | undefined;
  validFrom: string;
  validTo: string;
  deductibleMinor: number;
  memberShareMinor: number;
  directBilling: boolean;
}

export interface Assessment {
  answer: CheckResult;
  outcome: "approve" | "review";
  /** Why a person must look at it (rule ids), empty when rule-clear. */
  reviewReasons: Reason[];
  proposal: Proposal;
  /** The engine's line explanation (steps with rule ids), for the handler and the GOP letter. */
  explanation: Reason[];
}

const REQUEST_ID = "REQUEST";

function caseOf(facts: ClaimFacts, request: RequestFacts, amountMinor: number, guaranteeRequired: boolean): ClaimCase {
  const date = request.plannedDate;
  return {
    today: date,
    plan: facts.plan,
    policy: facts.policy,
    person: facts.person,
    history: facts.history.filter((line) => line.date <= date),
    preAuthorisations: [{ id: REQUEST_ID, categoryCode: request.category, approvedOn: date, validFrom: date, validTo: undefined, sessions: undefined, diagnosis: undefined }],
    guarantees: guaranteeRequired ? [{ id: REQUEST_ID, categoryCode: request.category, amountMinor, currency: undefined, issuedOn: date, validFrom: date, validTo: undefined, provider: undefined, diagnosis: undefined }] : [],
    approvedConditions: [],
    claim: {
      id: REQUEST_ID,
      currency: facts.plan.currency,
      lines: [
        {
          id: "1",
          date,
          categoryCode: request.category,
          setting: request.setting,
          country: request.country,
          inNetwork: true,
          amountMinor,
          currency: undefined,
          quantity: request.sessions ?? 1,
          diagnosis: undefined,
          conditionCode: undefined,
          treatmentCourseId: undefined,
          emergency: request.emergency,
          insurerNotifiedAfterHours: request.notifiedAfterHours,
          // A request is assessed as if its papers were in order; the handler reads them.
          referralPresent: true,
          referralDate: date,
          prescriptionPresent: true,
          receiptPresent: true,
          otherInsurance: { declared: false },
          paidByPublicMinor: 0,
          reasonableAmountMinor: undefined,
          exclusionCodes: [],
          preExisting: false,
          acuteSeriousIllnessOrAccident: request.emergency,
          supplyDays: request.supplyDays,
          noNetworkProviderWithin50Km: false,
          notAvailableFromLocalNetwork: false,
          learnedOn: undefined,
        },
      ],
    },
  };
}

function reviewReasonsOf(request: RequestFacts, lineOutcome: string, lineReasons: readonly Reason[], guaranteeRequired: boolean): Reason[] {
  const reasons: Reason[] = [];
  const add = (ruleId: Reason["ruleId"], da: string, en: string) => reasons.push({ ruleId, da, en });
  if (request.emergency) add("PA-3", "Akut behandling meldt efter start: en sagsbehandler vurderer den.", "Emergency treatment notified after it began: a handler assesses it.");
  if (request.setting !== "out_patient") add("PA-1", "Indlæggelse og dagbehandling vurderes af en sagsbehandler.", "In-patient and day-patient treatment is assessed by a handler.");
  if (request.country === "US") add("PA-6", "Behandling i USA: netværk og priser skal vurderes.", "Treatment in the USA: network and prices must be assessed.");
  if (request.estimatedCostMinor === undefined && !guaranteeRequired) add("GOP-1", "Ingen forventet pris: en sagsbehandler fastsætter beløbet.", "No estimated cost: a handler sets the amount.");
  if ((request.estimatedCostMinor ?? 0) > AUTO_APPROVAL.maxEstimateMinor) add("GOP-2", "Beløbet er over grænsen for automatisk godkendelse.", "The amount is above the limit for automatic approval.");
  if ((request.sessions ?? 0) > AUTO_APPROVAL.maxSessions) add("PA-5", "Flere behandlinger end der godkendes automatisk.", "More sessions than are approved automatically.");
  if (lineOutcome !== "approved" && lineOutcome !== "partly_approved") {
    for (const reason of lineReasons) if (reason.ruleId !== "PA-4" && reason.ruleId !== "PA-5") reasons.push(reason);
    if (reasons.length === 0) add("GOP-2", "Reglerne kan ikke afgøre anmodningen alene.", "The rules cannot decide the request on their own.");
  }
  return reasons;
}

function validity(request: RequestFacts, guaranteeRequired: boolean): { validFrom: string; validTo: string } {
  const validFrom = request.periodFrom ?? request.plannedDate;
  const maxMonths = guaranteeRequired ? AUTO_APPROVAL.guaranteeRequiredValidityMonths : AUTO_APPROVAL.defaultValidityMonths;
  const longest = addMonths(validFrom, maxMonths);
  const asked = request.periodTo;
  return { validFrom, validTo: asked !== undefined && toDay(asked) <= toDay(longest) ? asked : longest };
}

/** The whole assessment of one request. */
export function assessRequest(facts: ClaimFacts, request: RequestFacts): Assessment {
  const category = facts.plan.benefitCategories.find((c) => c.code === request.category);
  const guaranteeRequired = category?.guaranteeRequired ?? false;
  const answer = answerCheck(facts, { category: request.category, date: request.plannedDate, setting: request.setting, quantity: request.sessions ?? 1, country: request.country, supplyDays: request.supplyDays });
  const estimate = request.estimatedCostMinor ?? 0;
  const decision = evaluateClaim(caseOf(facts, request, Math.max(estimate, 1), guaranteeRequired));
  const line = decision.lines[0];
  const lineOutcome = category === undefined ? "rejected" : (line?.outcome ?? "needs_review");
  const payable = estimate > 0 ? Math.max(0, Math.min(estimate, line?.payableMinor ?? 0)) : 0;
  const deductible = estimate > 0 ? Math.min(line?.deductibleMinor ?? 0, estimate - payable) : 0;
  const reviewReasons = reviewReasonsOf(request, lineOutcome, line?.reasons ?? [], guaranteeRequired);
  if (category === undefined) reviewReasons.unshift({ ruleId: "ELG-7", da: "Behandlingen findes ikke i forsikringens dækning.", en: "The treatment is not in the plan's cover." });
  const kind: AuthorisationKindCode = request.setting !== "out_patient" || guaranteeRequired ? "GUARANTEE_OF_PAYMENT" : "PRE_AUTHORISATION";
  return {
    answer,
    outcome: reviewReasons.length === 0 && payable > 0 ? "approve" : "review",
    reviewReasons,
    proposal: {
      kind,
      amountMinor: estimate > 0 ? payable : undefined,
      sessions: request.sessions,
      ...validity(request, guaranteeRequired),
      deductibleMinor: deductible,
      memberShareMinor: estimate - payable,
      directBilling: kind === "GUARANTEE_OF_PAYMENT",
    },
    explanation: (line?.steps ?? []).filter((step) => step.changeMinor !== 0).map((step) => ({ ruleId: step.ruleId, da: step.da, en: step.en })),
  };
}
