import { toDay, type DayNumber } from "../dates";
import type { Guarantee, PreAuthorisation } from "../schema/claimCase";
import type { BenefitCategory, Plan, Setting } from "../schema/plan";
import type { Ledger } from "./ledger";
import type { PlanIndex } from "./planIndex";

export interface PlannedTreatment {
  categoryCode: string;
  date: string;
  setting: Setting;
  quantity: number;
  country: string;
  supplyDays?: number | undefined;
}

export interface TreatmentCount {
  /** Treatments already counted in the period, before this one. */
  soFar: number;
  /** Treatments free of pre-authorisation in the period. */
  free: number;
  categories: string[];
}

export interface PreAuthorisationAssessment {
  required: boolean;
  ruleId: "PA-1" | "PA-2" | "PA-4" | "PA-5" | undefined;
  /** How many units of the treatment need an approval (0 when none is required). */
  unitsRequiring: number;
  why: { da: string; en: string } | undefined;
  count: TreatmentCount | undefined;
  approval: { kind: "pre_authorisation"; id: string } | { kind: "guarantee"; id: string } | undefined;
  /** Units the matching approval still covers (PA-5 sessions). */
  approvedUnits: number;
  /** What happens without approval (PA-4). */
  withoutApproval: { action: "refuse" } | { action: "reduce"; percent: number };
}

function withinIso(day: DayNumber, from: string, to: string | undefined): boolean {
  return day >= toDay(from) && (to === undefined || day <= toDay(to));
}

function treatmentCount(category: BenefitCategory, index: PlanIndex, ledger: Ledger, day: DayNumber): TreatmentCount | undefined {
  const pa = category.preAuthorisation;
  if (pa.kind !== "after_treatments") return undefined;
  const key = index.paCounterKey.get(category.code) ?? category.code;
  const soFar = ledger.treatments(category.code, day, pa.period);
  return { soFar, free: pa.freeTreatments, categories: index.paCounterCategories.get(key) ?? [category.code] };
}

function labelsOf(codes: readonly string[], index: PlanIndex, locale: "da" | "en"): string {
  const labels = codes.map((code) => index.categories.get(code)?.label[locale].toLowerCase() ?? code);
  if (labels.length <= 1) return labels.join("");
  const and = locale === "da" ? " og " : " and ";
  return labels.slice(0, -1).join(", ") + and + labels[labels.length - 1];
}

/** PA-1, PA-2, PA-5: does the treatment need approval, and is there one that covers it? */
export function assessPreAuthorisation(
  plan: Plan,
  index: PlanIndex,
  ledger: Ledger,
  treatment: PlannedTreatment,
  preAuthorisations: readonly PreAuthorisation[],
  guarantees: readonly Guarantee[],
): PreAuthorisationAssessment {
  const category = index.categories.get(treatment.categoryCode);
  const day = toDay(treatment.date);
  const policy = plan.preAuthorisation;
  const withoutApproval: PreAuthorisationAssessment["withoutApproval"] =
    policy.missing.action === "refuse"
      ? { action: "refuse" }
      : { action: "reduce", percent: treatment.country === "US" ? policy.missing.reductionPercentUsa : policy.missing.reductionPercentElsewhere };

  let ruleId: PreAuthorisationAssessment["ruleId"];
  let unitsRequiring = 0;
  let why: PreAuthorisationAssessment["why"];
  const count = category === undefined ? undefined : treatmentCount(category, index, ledger, day);

  if (policy.requiredForSettings.includes(treatment.setting) && treatment.setting !== "out_patient") {
    ruleId = "PA-1";
    unitsRequiring = treatment.quantity;
    why = {
      da: treatment.setting === "in_patient" ? "Indlæggelse kræver altid forhåndsgodkendelse." : "Dagpatientbehandling kræver altid forhåndsgodkendelse.",
      en: treatment.setting === "in_patient" ? "In-patient treatment always needs pre-authorisation." : "Day-patient treatment always needs pre-authorisation.",
    };
  } else if (policy.requiredForAllTreatment) {
    ruleId = "PA-5";
    unitsRequiring = treatment.quantity;
    why = { da: "Forsikringen dækker kun behandling, som er godkendt på forhånd.", en: "The plan only pays for treatment approved beforehand." };
  } else if (category !== undefined) {
    const pa = category.preAuthorisation;
    if (pa.kind === "always") {
      ruleId = pa.ruleId;
      unitsRequiring = treatment.quantity;
      why = { da: `${category.label.da} kræver forhåndsgodkendelse.`, en: `${category.label.en} needs pre-authorisation.` };
    } else if (pa.kind === "after_treatments" && count !== undefined) {
      const after = count.soFar + treatment.quantity;
      unitsRequiring = Math.max(0, after - pa.freeTreatments) - Math.max(0, count.soFar - pa.freeTreatments);
      if (unitsRequiring > 0) {
        ruleId = "PA-2";
        why = {
          da: `${labelsOf(count.categories, index, "da")} kræver forhåndsgodkendelse fra den ${pa.freeTreatments + 1}. behandling; du har haft ${count.soFar}.`,
          en: `${capitalise(labelsOf(count.categories, index, "en"))} need pre-authorisation from treatment ${pa.freeTreatments + 1}; you have had ${count.soFar}.`,
        };
      }
    } else if (pa.kind === "supply_longer_than" && treatment.supplyDays !== undefined && treatment.supplyDays > pa.days) {
      ruleId = "PA-2";
      unitsRequiring = treatment.quantity;
      why = {
        da: `Ordineret medicin og forbindinger til mere end ${pa.days} dage kræver forhåndsgodkendelse (her ${treatment.supplyDays} dage).`,
        en: `Prescribed drugs and dressings for more than ${pa.days} days need pre-authorisation (here ${treatment.supplyDays} days).`,
      };
    }
  }

  let approval: PreAuthorisationAssessment["approval"];
  let approvedUnits = 0;
  if (unitsRequiring > 0) {
    for (const candidate of preAuthorisations) {
      if (candidate.categoryCode !== treatment.categoryCode || !withinIso(day, candidate.validFrom, candidate.validTo)) continue;
      let remaining = treatment.quantity;
      if (candidate.sessions !== undefined) {
        const used = ledger.quantityBetween("sessions", [candidate.categoryCode], toDay(candidate.validFrom), candidate.validTo === undefined ? Number.MAX_SAFE_INTEGER : toDay(candidate.validTo));
        remaining = Math.max(0, Math.min(treatment.quantity, candidate.sessions - used));
      }
      if (remaining > approvedUnits) {
        approvedUnits = remaining;
        approval = { kind: "pre_authorisation", id: candidate.id };
      }
    }
    if (approval === undefined) {
      const guarantee = guarantees.find((g) => g.categoryCode === treatment.categoryCode && withinIso(day, g.validFrom, g.validTo));
      if (guarantee !== undefined) {
        approval = { kind: "guarantee", id: guarantee.id };
        approvedUnits = treatment.quantity;
      }
    }
  }
  return { required: unitsRequiring > 0, ruleId, unitsRequiring, why, count, approval, approvedUnits, withoutApproval };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
