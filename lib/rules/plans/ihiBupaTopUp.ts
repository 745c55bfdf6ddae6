import type { PlanInput } from "../schema/plan";
import { standardExclusions as x } from "./exclusions";

const dkk = (kroner: number) => kroner * 100;

/**
 * Example plan 1 — ihi Bupa International Top-Up Plan 2013 (source 001). Amounts are the
 * refund table's per-item and per-year maxima in DKK; every line pays 20 % of the invoice.
 */
export const ihiBupaTopUpPlan = {
  code: "ihi-bupa-top-up",
  name: { da: "ihi Bupa International Top-Up Plan", en: "ihi Bupa International Top-Up Plan" },
  version: "2013-01-01",
  insurer: "Bupa Insurance Limited (ihi Bupa)",
  kind: "individual",
  currency: "DKK",
  policyYearBasis: "policy_anniversary",
  annualMaximumPerPersonMinor: dkk(1_200_000),
  addOns: [
    { code: "dental_optical_basic", label: { da: "Tandpleje, brilleglas og kontaktlinser – basis", en: "Dental and optical – basic" }, raisesAnnualMaximumMinor: dkk(100_000) },
    { code: "dental_optical_extended", label: { da: "Tandpleje, brilleglas og kontaktlinser – udvidet", en: "Dental and optical – extended" }, raisesAnnualMaximumMinor: dkk(200_000) },
    { code: "evacuation", label: { da: "Medicinsk evakuering og hjemtransport", en: "Medical evacuation and repatriation" }, raisesAnnualMaximumMinor: dkk(500_000) },
  ],
  deductible: { kind: "none" },
  maxShareOfInvoicePercent: 20,
  waitingPeriods: {
    general: { unit: "weeks", value: 4 },
    pregnancy: { unit: "months", value: 12 },
    orthodontics: { unit: "months", value: 24 },
    waivedForAcuteSeriousIllnessOrAccident: true,
    waivedOnDocumentedTransfer: true,
  },
  benefitCategories: [
    { code: "hospital_stay", label: { da: "Hospitalsophold og behandling under indlæggelse", en: "Hospital stay and in-patient treatment" }, unit: "invoice", coveragePercent: 20, settings: ["in_patient", "day_patient"] },
    { code: "pacemaker", label: { da: "Pacemaker", en: "Pacemaker" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(21_000) }, settings: ["in_patient", "day_patient"] },
    { code: "emergency_room", label: { da: "Skadestuebehandling", en: "Emergency room treatment" }, unit: "visit", coveragePercent: 20 },
    { code: "ambulance", label: { da: "Lægeordineret ambulancetransport", en: "Ambulance transport ordered by a doctor" }, unit: "item", coveragePercent: 20, caps: { perPolicyYearMinor: dkk(2_500) }, referralRequired: true },
    { code: "rehabilitation", label: { da: "Genoptræning efter indlæggelse", en: "Rehabilitation after admission" }, unit: "day", coveragePercent: 20, caps: { perDayMinor: dkk(550) }, referralRequired: true, preAuthorisation: { kind: "always", ruleId: "PA-5" } },
    { code: "home_nursing", label: { da: "Sygepleje i hjemmet", en: "Home nursing" }, unit: "day", coveragePercent: 20, caps: { perDayMinor: dkk(178), perPolicyYearMinor: dkk(6_840) }, referralRequired: true, preAuthorisation: { kind: "always", ruleId: "PA-5" } },
    { code: "childbirth", label: { da: "Fødsel", en: "Childbirth" }, unit: "invoice", coveragePercent: 20, waitingPeriod: "pregnancy", settings: ["in_patient", "day_patient", "out_patient"] },
    { code: "gp_consultation", label: { da: "Konsultation hos almen læge", en: "GP consultation" }, unit: "visit", coveragePercent: 20, caps: { perItemMinor: dkk(125) } },
    { code: "gp_phone_prescription", label: { da: "Telefon- og receptkonsultation", en: "Phone or prescription consultation" }, unit: "visit", coveragePercent: 20, caps: { perItemMinor: dkk(50) } },
    { code: "gp_home_visit", label: { da: "Sygebesøg", en: "Home visit" }, unit: "visit", coveragePercent: 20, caps: { perItemMinor: dkk(245) } },
    { code: "eye_ear_specialist", label: { da: "Øjen- og ørelæge", en: "Eye or ear specialist" }, unit: "visit", coveragePercent: 20, caps: { perItemMinor: dkk(125) } },
    { code: "other_specialist", label: { da: "Anden speciallæge", en: "Other specialist" }, unit: "visit", coveragePercent: 20, caps: { perItemMinor: dkk(200) } },
    { code: "dietitian", label: { da: "Diætrådgivning", en: "Dietitian" }, unit: "visit", coveragePercent: 20, caps: { perPolicyYearMinor: dkk(185) } },
    { code: "vaccination", label: { da: "Vaccination og injektion", en: "Vaccination or injection" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(130) } },
    { code: "laboratory", label: { da: "Laboratorieundersøgelse", en: "Laboratory test" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(750) } },
    { code: "xray", label: { da: "Røntgenundersøgelse", en: "X-ray" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(50) } },
    { code: "scan", label: { da: "Scanning", en: "Scan" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(1_000) } },
    { code: "health_check", label: { da: "Helbredsundersøgelse", en: "Health check" }, unit: "item", coveragePercent: 20, caps: { perPolicyYearMinor: dkk(350) } },
    { code: "physiotherapy", label: { da: "Fysioterapi", en: "Physiotherapy" }, unit: "treatment", coveragePercent: 20, caps: { perItemMinor: dkk(125), perPolicyYearMinor: dkk(1_875) } },
    { code: "chiropractic_osteopathy", label: { da: "Kiropraktik og osteopati", en: "Chiropractic and osteopathy" }, unit: "treatment", coveragePercent: 20, caps: { perItemMinor: dkk(100), perPolicyYearMinor: dkk(1_500) } },
    { code: "hearing_aids", label: { da: "Høreapparater", en: "Hearing aids" }, unit: "item", coveragePercent: 20, caps: { perItemMinor: dkk(600), perPolicyYearMinor: dkk(1_200) }, referralRequired: true },
    { code: "prescription_medicine", label: { da: "Receptpligtig medicin", en: "Prescription medicine" }, unit: "item", coveragePercent: 20, caps: { perPolicyYearMinor: dkk(15_000) }, prescriptionRequired: true },
    { code: "organ_transplant", label: { da: "Organtransplantation", en: "Organ transplant" }, unit: "invoice", coveragePercent: 20, caps: { perDiagnosisMinor: dkk(250_000) }, settings: ["in_patient"] },
    {
      code: "dental_examination", label: { da: "Tandundersøgelse", en: "Dental examination" }, unit: "treatment", coveragePercent: 80, exemptFromInvoiceShare: true,
      addOnTiers: [
        { addOnCode: "dental_optical_basic", caps: { perItemMinor: dkk(150) } },
        { addOnCode: "dental_optical_extended", caps: { perItemMinor: dkk(275) } },
      ],
    },
    {
      code: "dental_filling", label: { da: "Fyldning", en: "Dental filling" }, unit: "treatment", coveragePercent: 80, exemptFromInvoiceShare: true,
      addOnTiers: [
        { addOnCode: "dental_optical_basic", caps: { perItemMinor: dkk(385) } },
        { addOnCode: "dental_optical_extended", caps: { perItemMinor: dkk(655) } },
      ],
    },
    {
      code: "dental_extraction", label: { da: "Tandudtrækning pr. tand", en: "Tooth extraction per tooth" }, unit: "item", coveragePercent: 80, exemptFromInvoiceShare: true,
      addOnTiers: [
        { addOnCode: "dental_optical_basic", caps: { perItemMinor: dkk(200) } },
        { addOnCode: "dental_optical_extended", caps: { perItemMinor: dkk(600) } },
      ],
    },
    {
      code: "special_dental", label: { da: "Special tandpleje", en: "Special dental care" }, unit: "invoice", coveragePercent: 50, exemptFromInvoiceShare: true,
      addOnTiers: [{ addOnCode: "dental_optical_basic" }, { addOnCode: "dental_optical_extended" }],
    },
    {
      code: "orthodontics", label: { da: "Tandregulering", en: "Orthodontics" }, unit: "invoice", coveragePercent: 50, waitingPeriod: "orthodontics", exemptFromInvoiceShare: true,
      addOnTiers: [{ addOnCode: "dental_optical_basic" }, { addOnCode: "dental_optical_extended" }],
    },
    {
      code: "glasses", label: { da: "Brilleglas", en: "Spectacle lenses" }, unit: "item", coveragePercent: 80, exemptFromInvoiceShare: true,
      addOnTiers: [
        { addOnCode: "dental_optical_basic", caps: { perPolicyYearMinor: dkk(960) } },
        { addOnCode: "dental_optical_extended", caps: { perPolicyYearMinor: dkk(1_400) } },
      ],
    },
    {
      code: "contact_lenses", label: { da: "Kontaktlinser", en: "Contact lenses" }, unit: "item", coveragePercent: 80, exemptFromInvoiceShare: true,
      addOnTiers: [
        { addOnCode: "dental_optical_basic", caps: { perPolicyYearMinor: dkk(600) } },
        { addOnCode: "dental_optical_extended", caps: { perPolicyYearMinor: dkk(800) } },
      ],
    },
    {
      code: "medical_evacuation", label: { da: "Medicinsk evakuering og hjemtransport", en: "Medical evacuation and repatriation" }, unit: "invoice", coveragePercent: 100,
      exemptFromInvoiceShare: true, settings: ["in_patient", "day_patient", "out_patient"], preAuthorisation: { kind: "always", ruleId: "PA-5" },
      addOnTiers: [{ addOnCode: "evacuation" }],
    },
  ],
  limitGroups: [
    { code: "gp_consultations", label: { da: "Konsultationer hos almen læge", en: "GP consultations" }, categoryCodes: ["gp_consultation", "gp_phone_prescription", "gp_home_visit"], visitLimit: { maxVisits: 15, windowDays: 30 } },
    { code: "specialist_consultations", label: { da: "Konsultationer hos speciallæge", en: "Specialist consultations" }, categoryCodes: ["eye_ear_specialist", "other_specialist"], visitLimit: { maxVisits: 15, windowDays: 30 } },
    {
      code: "general_dental", label: { da: "Almen tandpleje", en: "General dental care" }, categoryCodes: ["dental_examination", "dental_filling", "dental_extraction"],
      addOnTiers: [
        { addOnCode: "dental_optical_basic", perPolicyYearMinor: dkk(35_000) },
        { addOnCode: "dental_optical_extended", perPolicyYearMinor: dkk(50_000) },
      ],
    },
    {
      code: "special_dental_care", label: { da: "Special tandpleje", en: "Special dental care" }, categoryCodes: ["special_dental", "orthodontics"],
      addOnTiers: [
        { addOnCode: "dental_optical_basic", perPolicyYearMinor: dkk(15_000) },
        { addOnCode: "dental_optical_extended", perPolicyYearMinor: dkk(20_000) },
      ],
    },
  ],
  preAuthorisation: {
    requiredForSettings: [],
    requiredForAllTreatment: false,
    missing: { action: "refuse" },
    emergencyNotificationHours: 48,
  },
  exclusions: [
    x.cosmetic, x.obesity, x.fertility, x.contraception, x.nonMedicalAbortion, x.selfInflicted, x.substanceAbuse,
    x.alternative, x.experimental, x.refractiveEye, x.certificates, x.warTerrorNuclear, x.unrecognisedProvider,
    { code: "psychologist", label: { da: "Behandling hos psykolog", en: "Treatment by a psychologist" } },
  ],
  preExistingConditionsExcluded: true,
  claimDeadlines: { reportWithinMonths: 3, afterPolicyEndMonths: 6, approvedRunOffMonths: 0 },
  family: {
    spouseAllowed: true,
    childrenAllowed: true,
    childrenMustLiveAtHome: true,
    freeChildUnderAge: 16,
    newborn: { minPolicyMonths: 12, registerWithinMonths: 3 },
    parents: { available: false, maxPersons: 0 },
    entryAge: { maxAge: 80, specialAgreementFromAge: 60 },
    coInsuredKeepCoverToEndOfPaidPeriod: false,
  },
} satisfies PlanInput;
