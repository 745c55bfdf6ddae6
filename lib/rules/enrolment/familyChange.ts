import { z } from "zod";
import { addMonths, ageOn, isoDateSchema, toDay } from "../dates";
import { planSchema } from "../schema/plan";
import type { Reason } from "../text";
import type { RuleId } from "../ruleIds";
import { waitingPeriodsFrom, type WaitingPeriodResult } from "./waiting";

const memberSchema = z.object({
  id: z.string().min(1),
  role: z.enum(["spouse", "child", "parent"]),
  birthDate: isoDateSchema.optional(),
});

export const familyChangeSchema = z.object({
  plan: planSchema,
  today: isoDateSchema,
  policy: z.object({ startDate: isoDateSchema, endDate: isoDateSchema.optional() }),
  currentMembers: z.array(memberSchema).default([]),
  change: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("add"),
      role: z.enum(["main", "spouse", "child", "newborn", "parent"]),
      birthDate: isoDateSchema.optional(),
      effectiveDate: isoDateSchema,
      livesAtHome: z.boolean().default(true),
      /** FAM-3: when the birth was reported to the insurer. */
      birthRegisteredOn: isoDateSchema.optional(),
      healthDeclarationProvided: z.boolean().default(false),
      /** FAM-5: the insurer agreed to enrol an applicant aged 60 or more. */
      specialAgreement: z.boolean().default(false),
      transferFromComparableInsurer: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal("remove"),
      memberId: z.string().min(1),
      effectiveDate: isoDateSchema,
      /** FAM-6: co-insured keep cover when the main insured leaves or dies. */
      because: z.enum(["request", "main_insured_left", "main_insured_died"]).default("request"),
      paidUntil: isoDateSchema.optional(),
    }),
  ]),
});
export type FamilyChange = z.infer<typeof familyChangeSchema>;

export interface EnrolmentCheckResult {
  allowed: boolean;
  ruleIds: RuleId[];
  reasons: Reason[];
  /** The reasons that refused the change (a subset of `reasons`, which also says what passed). */
  refusals: Reason[];
  effectiveDate: string | undefined;
  coverEndsOn: string | undefined;
  waitingPeriods: WaitingPeriodResult[];
  healthDeclarationRequired: boolean;
  /** FAM-2: the child is free of premium until this date (exclusive). */
  premiumFreeUntil: string | undefined;
}

class Outcome {
  allowed = true;
  reasons: Reason[] = [];
  refusals: Reason[] = [];
  refuse(ruleId: RuleId, da: string, en: string): void {
    this.allowed = false;
    this.reasons.push({ ruleId, da, en });
    this.refusals.push({ ruleId, da, en });
  }
  tell(ruleId: RuleId, da: string, en: string): void {
    this.reasons.push({ ruleId, da, en });
  }
  result(extra: Partial<EnrolmentCheckResult>): EnrolmentCheckResult {
    return {
      allowed: this.allowed,
      ruleIds: [...new Set(this.reasons.map((r) => r.ruleId))],
      reasons: this.reasons,
      refusals: this.refusals,
      effectiveDate: undefined,
      coverEndsOn: undefined,
      waitingPeriods: [],
      healthDeclarationRequired: false,
      premiumFreeUntil: undefined,
      ...extra,
    };
  }
}

/** Family additions and removals: FAM-1…FAM-6 with ELG-1 and ELG-2. */
export function checkFamilyChange(input: FamilyChange): EnrolmentCheckResult {
  const { plan, change } = input;
  const rules = plan.family;
  const out = new Outcome();

  if (change.kind === "remove") {
    const member = input.currentMembers.find((m) => m.id === change.memberId);
    if (member === undefined) {
      out.refuse("FAM-1", "Personen er ikke medforsikret på policen.", "The person is not co-insured on the policy.");
      return out.result({});
    }
    if (change.because !== "request" && rules.coInsuredKeepCoverToEndOfPaidPeriod) {
      const until = change.paidUntil ?? change.effectiveDate;
      out.tell("FAM-6",
        `Medforsikrede beholder dækningen til udgangen af den betalte periode (${until}) og kan fortsætte på individuelle vilkår.`,
        `Co-insured family members keep cover until the end of the paid period (${until}) and may continue on individual terms.`);
      return out.result({ effectiveDate: change.effectiveDate, coverEndsOn: until });
    }
    out.tell("ELG-1", `Dækningen ophører ${change.effectiveDate}.`, `Cover ends on ${change.effectiveDate}.`);
    return out.result({ effectiveDate: change.effectiveDate, coverEndsOn: change.effectiveDate });
  }

  const effective = change.effectiveDate;
  let coverFrom = effective;
  let healthDeclarationRequired = false;
  let premiumFreeUntil: string | undefined;
  if (toDay(effective) < toDay(input.policy.startDate) || (input.policy.endDate !== undefined && toDay(effective) > toDay(input.policy.endDate))) {
    out.refuse("ELG-1", "Startdatoen ligger uden for policens løbetid.", "The start date is outside the policy period.");
  }

  if (change.role === "spouse") {
    if (!rules.spouseAllowed) out.refuse("FAM-1", "Planen dækker ikke ægtefælle eller samlever.", "The plan does not cover a spouse or partner.");
    else if (input.currentMembers.some((m) => m.role === "spouse")) {
      out.refuse("FAM-1", "Der kan kun være én ægtefælle eller samlever på policen ad gangen.", "Only one spouse or cohabiting partner can be on the policy at a time.");
    } else out.tell("FAM-1", "Ægtefælle eller samlever kan tilmeldes.", "A spouse or cohabiting partner can be enrolled.");
  }

  if (change.role === "child" || change.role === "newborn") {
    if (!rules.childrenAllowed) out.refuse("FAM-1", "Planen dækker ikke børn.", "The plan does not cover children.");
    else if (rules.childrenMustLiveAtHome && !change.livesAtHome) {
      out.refuse("FAM-1", "Børn skal bo hjemme for at være medforsikret på denne plan.", "Children must live at home to be co-insured on this plan.");
    } else {
      out.tell("FAM-1",
        rules.childrenMustLiveAtHome ? "Hjemmeboende barn kan medforsikres." : "Dine og din ægtefælles børn er dækket, uanset hvor de bor.",
        rules.childrenMustLiveAtHome ? "A child living at home can be co-insured." : "Children of the member or spouse are covered wherever they live.");
    }
    if (rules.freeChildUnderAge !== undefined && change.birthDate !== undefined && change.livesAtHome) {
      const age = ageOn(change.birthDate, effective);
      if (age < rules.freeChildUnderAge) {
        premiumFreeUntil = addMonths(change.birthDate, 12 * rules.freeChildUnderAge);
        out.tell("FAM-2",
          `Barnet er gratis medforsikret indtil ${premiumFreeUntil} (${rules.freeChildUnderAge} år).`,
          `The child is co-insured free of premium until ${premiumFreeUntil} (age ${rules.freeChildUnderAge}).`);
      } else {
        out.tell("FAM-2",
          `Barnet er ${age} år; der betales præmie fra ${rules.freeChildUnderAge} år.`,
          `The child is ${age}; a premium is payable from age ${rules.freeChildUnderAge}.`);
      }
    }
  }

  if (change.role === "newborn") {
    const newborn = rules.newborn;
    if (change.birthDate === undefined) {
      out.refuse("FAM-3", "Angiv barnets fødselsdato.", "Give the child's date of birth.");
    } else if (newborn !== undefined) {
      const inForceLongEnough = toDay(addMonths(input.policy.startDate, newborn.minPolicyMonths)) <= toDay(change.birthDate);
      const registeredBy = addMonths(change.birthDate, newborn.registerWithinMonths);
      const registered = change.birthRegisteredOn ?? input.today;
      if (inForceLongEnough && toDay(registered) <= toDay(registeredBy)) {
        coverFrom = change.birthDate;
        out.tell("FAM-3",
          `Barnet er dækket fra fødslen ${change.birthDate} uden helbredserklæring.`,
          `The child is covered from birth (${change.birthDate}) without a health declaration.`);
      } else {
        healthDeclarationRequired = true;
        const why = inForceLongEnough
          ? { da: `fødslen er ikke anmeldt senest ${registeredBy}`, en: `the birth was not registered by ${registeredBy}` }
          : { da: `policen havde ikke været i kraft i ${newborn.minPolicyMonths} måneder ved fødslen`, en: `the policy had not been in force for ${newborn.minPolicyMonths} months at the birth` };
        if (change.healthDeclarationProvided) {
          out.tell("FAM-3", `Der kræves helbredserklæring, fordi ${why.da}; den er modtaget.`, `A health declaration is needed because ${why.en}; it has been received.`);
        } else {
          out.refuse("FAM-3", `Der kræves helbredserklæring, fordi ${why.da}.`, `A health declaration is needed because ${why.en}.`);
        }
      }
    }
  }

  if (change.role === "parent") {
    const parents = input.currentMembers.filter((m) => m.role === "parent").length;
    if (!rules.parents.available) out.refuse("FAM-4", "Planen tilbyder ikke dækning af forældre.", "The plan does not offer cover for parents.");
    else if (parents >= rules.parents.maxPersons) {
      out.refuse("FAM-4", `Der kan højst være ${rules.parents.maxPersons} forældrepersoner ad gangen.`, `At most ${rules.parents.maxPersons} parent persons can be covered at a time.`);
    } else {
      out.tell("FAM-4", `Forælder kan tilmeldes (${parents + 1} af højst ${rules.parents.maxPersons}).`, `The parent can be added (${parents + 1} of at most ${rules.parents.maxPersons}).`);
    }
  }

  if ((change.role === "main" || change.role === "spouse") && rules.entryAge !== undefined && change.birthDate !== undefined) {
    const age = ageOn(change.birthDate, effective);
    if (age >= rules.entryAge.maxAge) {
      out.refuse("FAM-5", `Forsikringen kan kun tegnes indtil ${rules.entryAge.maxAge} år; ansøgeren er ${age}.`, `The plan can only be taken out until age ${rules.entryAge.maxAge}; the applicant is ${age}.`);
    } else if (age >= rules.entryAge.specialAgreementFromAge && !change.specialAgreement) {
      out.refuse("FAM-5", `Fra ${rules.entryAge.specialAgreementFromAge} år kræver optagelse særlig aftale; ansøgeren er ${age}.`, `From age ${rules.entryAge.specialAgreementFromAge} joining needs a special agreement; the applicant is ${age}.`);
    } else {
      out.tell("FAM-5", `Ansøgeren er ${age} år og kan optages.`, `The applicant is ${age} and can join.`);
    }
  }

  const waitingPeriods = out.allowed ? waitingPeriodsFrom(plan, coverFrom, change.transferFromComparableInsurer) : [];
  if (waitingPeriods.length > 0) {
    out.tell("ELG-2",
      `Karensperioder: ${waitingPeriods.map((w) => `${w.kind} til ${w.endsOn}`).join(", ")}.`,
      `Waiting periods: ${waitingPeriods.map((w) => `${w.kind} until ${w.endsOn}`).join(", ")}.`);
  }
  return out.result({
    effectiveDate: out.allowed ? coverFrom : undefined,
    waitingPeriods,
    healthDeclarationRequired,
    premiumFreeUntil,
  });
}

export { Outcome as EnrolmentOutcome };
