import type { PlanInput } from "../schema/plan";
import { standardExclusions as x } from "./exclusions";

const condition = (code: string, da: string, en: string) => ({ code, label: { da, en } });

/**
 * Example plan 4 — Dansk Sundhedssikring group health navigation 2026 (source 004): an employer
 * scheme covering only 20 conditions and serious accidents, each for 24 months from approval
 * (extendable by at most 4), with patient-association membership paid by guarantee.
 */
export const dssGroupNavigationPlan = {
  code: "dss-group-navigation",
  name: { da: "Dansk Sundhedssikring SundhedsNavigator (gruppe)", en: "Dansk Sundhedssikring Health Navigation (group)" },
  version: "2026-01-01",
  insurer: "Forsikringsselskabet Dansk Sundhedssikring A/S",
  kind: "group",
  currency: "DKK",
  policyYearBasis: "policy_anniversary",
  annualMaximumPerPersonMinor: null,
  addOns: [{ code: "parents", label: { da: "Forældre og svigerforældre", en: "Parents and parents-in-law" }, raisesAnnualMaximumMinor: 0 }],
  deductible: { kind: "none" },
  waitingPeriods: {
    general: { unit: "days", value: 0 },
    preExisting: { unit: "months", value: 6 },
    waivedForAcuteSeriousIllnessOrAccident: false,
    waivedOnDocumentedTransfer: false,
  },
  benefitCategories: [
    {
      code: "health_navigation", label: { da: "Sundhedsfaglig rådgivning og navigation", en: "Health advice and navigation" }, unit: "visit",
      coveragePercent: 100, referralRequired: true, settings: ["in_patient", "day_patient", "out_patient"],
    },
    {
      code: "patient_association", label: { da: "Medlemskab af patientforening", en: "Patient-association membership" }, unit: "invoice",
      coveragePercent: 100, guaranteeRequired: true, invoiceDeadlineMonths: 3,
    },
  ],
  preAuthorisation: { requiredForSettings: [], requiredForAllTreatment: false, missing: { action: "refuse" }, emergencyNotificationHours: 48 },
  exclusions: [
    x.experimental, x.warTerrorNuclear,
    { code: "private_hospital", label: { da: "Privathospital eller praktiserende speciallæge", en: "Private hospital or private specialist" } },
    { code: "treatment_abroad", label: { da: "Udredning og behandling i udlandet", en: "Examination and treatment abroad" } },
    { code: "preventive_screening", label: { da: "Forebyggende undersøgelse og screening", en: "Preventive examination and screening" } },
    { code: "epidemic", label: { da: "Epidemier og pandemier", en: "Epidemics and pandemics" } },
  ],
  preExistingConditionsExcluded: false,
  claimDeadlines: { reportWithinMonths: 3, afterPolicyEndMonths: 0, approvedRunOffMonths: 3 },
  coveredConditions: {
    conditions: [
      condition("cancer", "Kræft (pakkeforløb)", "Cancer (fast-track pathway)"),
      condition("dementia", "Alzheimers/demens", "Alzheimer's/dementia"),
      condition("brain_haemorrhage", "Hjerneblødning", "Brain haemorrhage"),
      condition("blood_clot", "Blodprop", "Blood clot"),
      condition("aneurysm", "Aneurisme", "Aneurysm"),
      condition("heart_failure", "Hjertesvigt", "Heart failure"),
      condition("coronary_stenosis", "Forsnævring af kranspulsårer (bypass/PCI)", "Coronary stenosis (bypass/PCI)"),
      condition("ami", "Blodprop i hjertet (AMI)", "Heart attack (AMI)"),
      condition("multiple_sclerosis", "Sklerose", "Multiple sclerosis"),
      condition("arrhythmia_icd", "Hjerterytmeforstyrrelse med ICD", "Arrhythmia requiring an ICD"),
      condition("kidney_failure", "Nyresvigt", "Kidney failure"),
      condition("muscular_dystrophy", "Muskelsvind", "Muscular dystrophy"),
      condition("hiv_aids", "Hiv/aids", "HIV/AIDS"),
      condition("als", "ALS", "ALS"),
      condition("pulmonary_embolism", "Lungeemboli", "Pulmonary embolism"),
      condition("parkinsons", "Parkinsons sygdom", "Parkinson's disease"),
      condition("blindness_deafness", "Total blindhed/døvhed", "Total blindness/deafness"),
      condition("diabetes_type_1", "Diabetes type 1", "Type 1 diabetes"),
      condition("post_concussion", "Postcommotionelt syndrom", "Post-concussion syndrome"),
      condition("whiplash", "Whiplash-syndrom", "Whiplash syndrome"),
    ],
    seriousAccidentCovered: true,
    coverageMonths: 24,
    maxExtensionMonths: 4,
  },
  family: {
    spouseAllowed: true,
    childrenAllowed: true,
    childrenMustLiveAtHome: false,
    parents: { available: true, maxPersons: 4 },
    coInsuredKeepCoverToEndOfPaidPeriod: true,
  },
  group: { maxRetroactiveMonths: 3, onlyWithinCurrentPolicyYear: true, coverEndsAtEndOfMonth: true, continuationWaitingMonthsIfLate: 6 },
} satisfies PlanInput;
