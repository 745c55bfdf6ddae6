import type { PlanInput } from "../schema/plan";
import { standardExclusions as x } from "./exclusions";

/**
 * Example plan 3 — Dansk Sundhedssikring private health insurance (source 002): most treatment
 * needs a doctor's referral, only treatment approved beforehand is refunded, family members are
 * added under "Family overview". The FAQ gives no amounts, so the plan pays approved treatment
 * in full without caps.
 */
export const dssPrivatePlan = {
  code: "dss-private",
  name: { da: "Dansk Sundhedssikring Sundhedsforsikring", en: "Dansk Sundhedssikring Health Insurance" },
  version: "2025-01-01",
  insurer: "Forsikringsselskabet Dansk Sundhedssikring A/S",
  kind: "individual",
  currency: "DKK",
  policyYearBasis: "policy_anniversary",
  annualMaximumPerPersonMinor: null,
  addOns: [],
  deductible: { kind: "none" },
  waitingPeriods: {
    general: { unit: "weeks", value: 4 },
    waivedForAcuteSeriousIllnessOrAccident: true,
    waivedOnDocumentedTransfer: true,
  },
  benefitCategories: [
    { code: "specialist_examination", label: { da: "Speciallægeundersøgelse", en: "Specialist examination" }, unit: "visit", coveragePercent: 100, referralRequired: true },
    { code: "scanning", label: { da: "Scanning", en: "Scan" }, unit: "item", coveragePercent: 100, referralRequired: true },
    { code: "surgery", label: { da: "Operation", en: "Surgery" }, unit: "invoice", coveragePercent: 100, referralRequired: true, settings: ["in_patient", "day_patient", "out_patient"] },
    { code: "physiotherapy", label: { da: "Fysioterapi", en: "Physiotherapy" }, unit: "treatment", coveragePercent: 100, referralRequired: true },
    { code: "chiropractic", label: { da: "Kiropraktik", en: "Chiropractic" }, unit: "treatment", coveragePercent: 100, referralRequired: true },
    { code: "psychologist", label: { da: "Psykolog", en: "Psychologist" }, unit: "visit", coveragePercent: 100, referralRequired: true },
    { code: "crisis_psychologist", label: { da: "Akut krisehjælp", en: "Emergency crisis assistance" }, unit: "visit", coveragePercent: 100 },
  ],
  preAuthorisation: {
    requiredForSettings: ["in_patient", "day_patient", "out_patient"],
    requiredForAllTreatment: true,
    missing: { action: "refuse" },
    emergencyNotificationHours: 48,
  },
  exclusions: [x.cosmetic, x.obesity, x.fertility, x.alternative, x.experimental, x.refractiveEye, x.warTerrorNuclear, x.unrecognisedProvider],
  preExistingConditionsExcluded: true,
  claimDeadlines: { reportWithinMonths: 3, afterPolicyEndMonths: 6, approvedRunOffMonths: 0 },
  family: {
    spouseAllowed: true,
    childrenAllowed: true,
    childrenMustLiveAtHome: true,
    parents: { available: false, maxPersons: 0 },
    coInsuredKeepCoverToEndOfPaidPeriod: false,
  },
} satisfies PlanInput;
