import type { PlanInput } from "../schema/plan";

type Exclusion = NonNullable<PlanInput["exclusions"]>[number];

/** ELG-7: the general exclusions of RULES.md; each plan picks the ones it lists. */
export const standardExclusions = {
  cosmetic: { code: "cosmetic", label: { da: "Kosmetisk behandling", en: "Cosmetic treatment" } },
  obesity: { code: "obesity", label: { da: "Fedmebehandling", en: "Obesity treatment" } },
  fertility: { code: "fertility", label: { da: "Fertilitetsbehandling", en: "Fertility treatment" } },
  contraception: { code: "contraception", label: { da: "Prævention og sterilisation", en: "Contraception and sterilisation" } },
  nonMedicalAbortion: { code: "non_medical_abortion", label: { da: "Provokeret abort uden medicinsk årsag", en: "Abortion without a medical reason" } },
  selfInflicted: { code: "self_inflicted_injury", label: { da: "Selvforskyldt legemsbeskadigelse", en: "Self-inflicted injury" } },
  substanceAbuse: { code: "alcohol_drug_abuse", label: { da: "Alkohol- og stofmisbrug", en: "Alcohol or drug abuse" } },
  alternative: { code: "naturopathy_homeopathy", label: { da: "Naturlæge, homøopati og alternativ behandling", en: "Naturopathy, homeopathy and alternative treatment" } },
  experimental: { code: "experimental", label: { da: "Eksperimentel eller ikke-dokumenteret behandling", en: "Experimental or unproven treatment" } },
  refractiveEye: { code: "refractive_eye_surgery", label: { da: "Korrektion af brydningsfejl i øjet", en: "Refractive eye surgery" } },
  certificates: { code: "certificates", label: { da: "Attester", en: "Certificates" } },
  warTerrorNuclear: { code: "war_terror_nuclear", label: { da: "Krig, terror og atomskader", en: "War, terrorism and nuclear events" } },
  unrecognisedProvider: { code: "unrecognised_provider", label: { da: "Ikke-anerkendt behandler", en: "Unrecognised provider" } },
} satisfies Record<string, Exclusion>;
