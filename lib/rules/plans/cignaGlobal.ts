import type { PlanInput } from "../schema/plan";
import { standardExclusions as x } from "./exclusions";

const dkk = (kroner: number) => kroner * 100;

const tenTreatments = (countedWith: string[]) =>
  ({ kind: "after_treatments", freeTreatments: 10, countedWith, period: "policy_year" }) as const;

/**
 * Example plan 2 — Cigna Global style international plan (source 000): pre-authorisation
 * rules PA-1…PA-6, a deductible paid to the provider, direct billing through guarantees of
 * payment. The source gives no amounts; the annual maximum, deductible and out-patient
 * percentage here are illustrative values chosen for the examples.
 */
export const cignaGlobalPlan = {
  code: "cigna-global",
  name: { da: "Cigna Global sundhedsforsikring", en: "Cigna Global health plan" },
  version: "2024-01-01",
  insurer: "Cigna Global Health",
  kind: "individual",
  currency: "DKK",
  policyYearBasis: "policy_anniversary",
  annualMaximumPerPersonMinor: dkk(7_500_000),
  addOns: [],
  deductible: { kind: "per_policy_year", amountMinor: dkk(1_500), collection: "paid_to_provider" },
  waitingPeriods: {
    general: { unit: "days", value: 0 },
    pregnancy: { unit: "months", value: 12 },
    waivedForAcuteSeriousIllnessOrAccident: true,
    waivedOnDocumentedTransfer: true,
  },
  benefitCategories: [
    { code: "in_patient_treatment", label: { da: "Indlæggelse og behandling", en: "In-patient treatment" }, unit: "invoice", coveragePercent: 100, settings: ["in_patient"] },
    { code: "day_patient_treatment", label: { da: "Dagpatientbehandling", en: "Day-patient treatment" }, unit: "invoice", coveragePercent: 100, settings: ["day_patient"] },
    { code: "specialist_consultation", label: { da: "Speciallægekonsultation", en: "Specialist consultation" }, unit: "visit", coveragePercent: 80 },
    { code: "gp_consultation", label: { da: "Lægekonsultation", en: "GP consultation" }, unit: "visit", coveragePercent: 80 },
    { code: "physiotherapy", label: { da: "Fysioterapi", en: "Physiotherapy" }, unit: "treatment", coveragePercent: 80, preAuthorisation: tenTreatments(["chiropractic", "osteopathy"]) },
    { code: "chiropractic", label: { da: "Kiropraktik", en: "Chiropractic" }, unit: "treatment", coveragePercent: 80, preAuthorisation: tenTreatments(["physiotherapy", "osteopathy"]) },
    { code: "osteopathy", label: { da: "Osteopati", en: "Osteopathy" }, unit: "treatment", coveragePercent: 80, preAuthorisation: tenTreatments(["physiotherapy", "chiropractic"]) },
    { code: "psychologist", label: { da: "Psykolog", en: "Psychologist" }, unit: "visit", coveragePercent: 80, preAuthorisation: { kind: "always", ruleId: "PA-2" } },
    { code: "psychiatrist", label: { da: "Psykiater", en: "Psychiatrist" }, unit: "visit", coveragePercent: 80, preAuthorisation: { kind: "always", ruleId: "PA-2" } },
    { code: "genetic_cancer_test", label: { da: "Test for arvelig kræft", en: "Genetic cancer test" }, unit: "item", coveragePercent: 100, preAuthorisation: { kind: "always", ruleId: "PA-2" } },
    { code: "fertility", label: { da: "Fertilitetsundersøgelse og -behandling", en: "Fertility investigation and treatment" }, unit: "treatment", coveragePercent: 80, caps: { perPolicyYearMinor: dkk(40_000) }, preAuthorisation: { kind: "always", ruleId: "PA-2" } },
    { code: "prescribed_drugs", label: { da: "Ordinerede lægemidler og forbindinger", en: "Prescribed drugs and dressings" }, unit: "item", coveragePercent: 80, prescriptionRequired: true, preAuthorisation: { kind: "supply_longer_than", days: 90 } },
    { code: "maternity", label: { da: "Graviditet og fødsel", en: "Pregnancy and birth" }, unit: "invoice", coveragePercent: 100, waitingPeriod: "pregnancy", settings: ["in_patient", "day_patient", "out_patient"] },
  ],
  preAuthorisation: {
    requiredForSettings: ["in_patient", "day_patient"],
    requiredForAllTreatment: false,
    missing: { action: "reduce", reductionPercentUsa: 50, reductionPercentElsewhere: 20 },
    emergencyNotificationHours: 48,
    outOfNetwork: { countries: ["US"], reductionPercent: 20 },
  },
  exclusions: [
    x.cosmetic, x.obesity, x.contraception, x.nonMedicalAbortion, x.selfInflicted, x.substanceAbuse,
    x.alternative, x.experimental, x.refractiveEye, x.certificates, x.warTerrorNuclear, x.unrecognisedProvider,
  ],
  preExistingConditionsExcluded: true,
  claimDeadlines: { reportWithinMonths: 3, afterPolicyEndMonths: 6, approvedRunOffMonths: 0 },
  family: {
    spouseAllowed: true,
    childrenAllowed: true,
    childrenMustLiveAtHome: false,
    parents: { available: false, maxPersons: 0 },
    coInsuredKeepCoverToEndOfPaidPeriod: false,
  },
} satisfies PlanInput;
