import { addDuration, addMonths, toDay, type DayNumber } from "../dates";
import type { ClaimLine } from "../schema/claimCase";
import type { BenefitCategory, Caps, WaitingPeriodKind } from "../schema/plan";
import { note, within, type CaseContext, type Note } from "./context";

/** The terms that apply to a line once the add-on tier is known (ELG-3). */
export interface LineTerms {
  coveragePercent: number;
  caps: Caps;
  addOnCode: string | undefined;
}

function waitingDuration(ctx: CaseContext, kind: WaitingPeriodKind) {
  const periods = ctx.plan.waitingPeriods;
  if (kind === "general") return periods.general;
  if (kind === "pre_existing") return periods.preExisting;
  return periods[kind];
}

const WAITING_LABEL: Record<WaitingPeriodKind, { da: string; en: string }> = {
  general: { da: "den almindelige karensperiode", en: "the general waiting period" },
  pregnancy: { da: "karensperioden for graviditet og fødsel", en: "the waiting period for pregnancy and birth" },
  orthodontics: { da: "karensperioden for tandregulering", en: "the waiting period for orthodontics" },
  pre_existing: { da: "karensperioden for eksisterende lidelser", en: "the waiting period for pre-existing conditions" },
};

/**
 * First day after a waiting period that started on `startIso`, or undefined if none applies.
 * Memoised per evaluation: every line of a claim asks the same few questions.
 */
function waitingEndsOn(ctx: CaseContext, kind: WaitingPeriodKind, startIso: string): { iso: string; day: DayNumber } | undefined {
  let byStart = ctx.waitingEnds.get(kind);
  if (byStart === undefined) {
    byStart = new Map();
    ctx.waitingEnds.set(kind, byStart);
  }
  if (byStart.has(startIso)) return byStart.get(startIso);
  const duration = waitingDuration(ctx, kind);
  let result: { iso: string; day: DayNumber } | undefined;
  if (duration !== undefined && duration.value > 0) {
    const iso = addDuration(startIso, duration);
    result = { iso, day: toDay(iso) };
  }
  byStart.set(startIso, result);
  return result;
}

/** ELG-2: waiting periods run from the enrolment's start, or a continuation's group enrolment's (GRP-4). */
function waitingStart(ctx: CaseContext): string {
  return ctx.person.enrolment.waitingPeriodsFrom ?? ctx.person.enrolment.startDate;
}

/** GRP-4: a continuation asked for after leaving refuses pre-existing conditions until the recorded day. */
function checkLateContinuation(ctx: CaseContext, line: ClaimLine, day: DayNumber, notes: Note[]): boolean {
  const endsOn = ctx.person.enrolment.preExistingWaitingEndsOn;
  if (!line.preExisting || endsOn === undefined || day >= toDay(endsOn)) return true;
  notes.push(note("GRP-4", "reject", "warning",
    `Behandlingen den ${line.date} gælder en eksisterende lidelse. Videreførelsen blev ønsket efter fratrædelsen, så ${WAITING_LABEL.pre_existing.da} løber til ${endsOn} (GRP-4, ELG-2).`,
    `The treatment on ${line.date} is for a pre-existing condition. Continuation was asked for after leaving, so ${WAITING_LABEL.pre_existing.en} runs until ${endsOn} (GRP-4, ELG-2).`));
  return false;
}

/** ELG-2: checks the waiting periods that run from `startIso`; returns a note if one blocks. */
function checkWaiting(ctx: CaseContext, line: ClaimLine, category: BenefitCategory, day: DayNumber, startIso: string, allowTransfer: boolean): Note | undefined {
  const waivers = ctx.plan.waitingPeriods;
  if (allowTransfer && waivers.waivedOnDocumentedTransfer && ctx.person.enrolment.transferFromComparableInsurer) return undefined;
  const kinds: WaitingPeriodKind[] = ["general"];
  if (category.waitingPeriod !== "general") kinds.push(category.waitingPeriod);
  if (line.preExisting && ctx.plan.waitingPeriods.preExisting !== undefined && !kinds.includes("pre_existing")) kinds.push("pre_existing");
  for (const kind of kinds) {
    const ends = waitingEndsOn(ctx, kind, startIso);
    if (ends === undefined || day >= ends.day) continue;
    const endsOn = ends.iso;
    const label = WAITING_LABEL[kind];
    if (kind === "general" && line.acuteSeriousIllnessConfirmed && waivers.waivedForAcuteSeriousIllnessOrAccident) {
      return note("ELG-2", "none", "info",
        `Behandlingen er i ${label.da} (til ${endsOn}), men selskabets lægekonsulent har bekræftet akut alvorlig sygdom, som ikke har karens.`,
        `The treatment falls in ${label.en} (until ${endsOn}), but the insurer's medical adviser has confirmed an acute serious illness, which has no waiting period.`);
    }
    if (kind === "general" && line.acuteSeriousIllnessOrAccident && waivers.waivedForAcuteSeriousIllnessOrAccident) {
      return note("ELG-2", "review", "warning",
        `Behandlingen er i ${label.da} (til ${endsOn}), men akut alvorlig sygdom eller alvorlig tilskadekomst har ingen karens, når behandlende læge og selskabets lægekonsulent er enige. En sagsbehandler vurderer det.`,
        `The treatment falls in ${label.en} (until ${endsOn}), but acute serious illness or serious accident has no waiting period when the treating doctor and the insurer's medical adviser agree. A handler will assess it.`);
    }
    return note("ELG-2", "reject", "warning",
      `Behandlingen den ${line.date} er i ${label.da}, som løber fra ${startIso} til ${endsOn}.`,
      `The treatment on ${line.date} falls in ${label.en}, which runs from ${startIso} until ${endsOn}.`);
  }
  return undefined;
}

/** ELG-1, ELG-5, ELG-6: is the person covered on the line's date, and is it still time to claim? */
function checkCover(ctx: CaseContext, line: ClaimLine, day: DayNumber, notes: Note[]): boolean {
  const { policy, person, plan } = ctx;
  const coverStart = Math.max(toDay(policy.startDate), toDay(person.enrolment.startDate));
  const endIsos = [policy.endDate, person.enrolment.endDate].filter((value): value is string => value !== undefined);
  const coverEndIso = endIsos.length === 0 ? undefined : endIsos.reduce((a, b) => (toDay(a) <= toDay(b) ? a : b));
  const coverEnd = coverEndIso === undefined ? undefined : toDay(coverEndIso);

  if (coverEndIso !== undefined && coverEnd !== undefined && ctx.today > coverEnd) {
    const deadlineMonths = Math.max(plan.claimDeadlines.afterPolicyEndMonths, plan.claimDeadlines.approvedRunOffMonths);
    const deadline = addMonths(coverEndIso, deadlineMonths);
    if (ctx.today > toDay(deadline)) {
      const ruleId = plan.claimDeadlines.afterPolicyEndMonths > 0 ? "ELG-6" : "ELG-5";
      notes.push(note(ruleId, "reject", "warning",
        `Dækningen ophørte ${coverEndIso}. Krav skulle være anmeldt senest ${deadline}.`,
        `Cover ended on ${coverEndIso}. Claims had to be made by ${deadline}.`));
      return false;
    }
  }
  if (day < coverStart) {
    notes.push(note("ELG-1", "reject", "warning",
      `Du var ikke dækket den ${line.date}; dækningen begyndte først den ${policy.startDate > person.enrolment.startDate ? policy.startDate : person.enrolment.startDate}.`,
      `You were not covered on ${line.date}; cover only began on ${policy.startDate > person.enrolment.startDate ? policy.startDate : person.enrolment.startDate}.`));
    return false;
  }
  if (coverEndIso !== undefined && coverEnd !== undefined) {
    if (line.referralDate !== undefined && toDay(line.referralDate) > coverEnd) {
      notes.push(note("ELG-5", "reject", "warning",
        `Henvisningen er dateret ${line.referralDate}, efter at dækningen ophørte ${coverEndIso}, og er derfor ikke dækket.`,
        `The referral is dated ${line.referralDate}, after cover ended on ${coverEndIso}, so it is not covered.`));
      return false;
    }
    if (day > coverEnd) {
      const runOff = plan.claimDeadlines.approvedRunOffMonths;
      if (runOff > 0 && day <= toDay(addMonths(coverEndIso, runOff)) && approvedBefore(ctx, line, coverEnd)) {
        notes.push(note("ELG-5", "none", "info",
          `Dækningen ophørte ${coverEndIso}, men sagen blev godkendt i forsikringstiden og er dækket i op til ${runOff} måneder efter ophør.`,
          `Cover ended on ${coverEndIso}, but the case was approved while covered and stays covered for up to ${runOff} months after the end.`));
        return true;
      }
      notes.push(note(runOff > 0 ? "ELG-5" : "ELG-1", "reject", "warning",
        `Du var ikke dækket den ${line.date}; dækningen ophørte ${coverEndIso}.`,
        `You were not covered on ${line.date}; cover ended on ${coverEndIso}.`));
      return false;
    }
  }
  return true;
}

function approvedBefore(ctx: CaseContext, line: ClaimLine, coverEnd: DayNumber): boolean {
  if (line.conditionCode !== undefined && ctx.approvedConditions.some((c) => c.conditionCode === line.conditionCode && toDay(c.approvedOn) <= coverEnd)) return true;
  if (ctx.guarantees.some((g) => g.categoryCode === line.categoryCode && toDay(g.issuedOn) <= coverEnd)) return true;
  return ctx.preAuthorisations.some((p) => p.categoryCode === line.categoryCode && toDay(p.approvedOn) <= coverEnd);
}

/** ELG-3: picks the best add-on tier that is bought, active and past its own waiting periods. */
function resolveTerms(ctx: CaseContext, line: ClaimLine, category: BenefitCategory, day: DayNumber, notes: Note[]): LineTerms | undefined {
  if (category.addOnTiers.length === 0) {
    return { coveragePercent: category.coveragePercent, caps: category.caps, addOnCode: undefined };
  }
  let waitingNote: Note | undefined;
  // ELG-3 is about cover added after the enrolment; cover held from the start waits under ELG-2.
  let upgradeWaiting = false;
  for (let i = category.addOnTiers.length - 1; i >= 0; i--) {
    const tier = category.addOnTiers[i];
    if (tier === undefined) continue;
    const bought = ctx.policy.addOns.find((a) => a.code === tier.addOnCode && within(day, a.startDate, a.endDate));
    if (bought === undefined) continue;
    const addedLater = bought.startDate > ctx.person.enrolment.startDate;
    const startIso = addedLater ? bought.startDate : waitingStart(ctx);
    const blocked = checkWaiting(ctx, line, category, day, startIso, !addedLater);
    if (blocked !== undefined && blocked.effect === "reject") {
      waitingNote ??= blocked;
      upgradeWaiting ||= addedLater;
      continue;
    }
    if (blocked !== undefined) notes.push(blocked);
    if (waitingNote !== undefined && upgradeWaiting) {
      notes.push(note("ELG-3", "none", "info",
        `Den udvidede dækning er stadig i karens; indtil da gælder din tidligere dækning.`,
        `The upgraded cover is still in its waiting period; until then your previous cover applies.`));
    }
    return { coveragePercent: tier.coveragePercent ?? category.coveragePercent, caps: { ...category.caps, ...tier.caps }, addOnCode: tier.addOnCode };
  }
  if (waitingNote !== undefined && !upgradeWaiting) {
    notes.push(waitingNote);
    return undefined;
  }
  if (waitingNote !== undefined) {
    notes.push(note("ELG-3", "reject", "warning",
      `Tillægsdækningen for ${category.label.da.toLowerCase()} er endnu ikke trådt i kraft: ${waitingNote.reason.da}`,
      `The add-on cover for ${category.label.en.toLowerCase()} has not started yet: ${waitingNote.reason.en}`));
    return undefined;
  }
  notes.push(note("ELG-3", "reject", "warning",
    `${category.label.da} er kun dækket med en tillægsdækning, som ikke er på din police.`,
    `${category.label.en} is only covered with an add-on that is not on your policy.`));
  return undefined;
}

/** ELG-9: the group navigation plan covers only listed conditions, each for a limited period. */
function checkCoveredCondition(ctx: CaseContext, line: ClaimLine, day: DayNumber, notes: Note[]): boolean {
  const rules = ctx.plan.coveredConditions;
  if (rules === undefined) return true;
  const code = line.conditionCode;
  if (code === undefined) {
    notes.push(note("ELG-9", "information", "blocking",
      "Angiv hvilken af forsikringens sygdomme eller hvilken alvorlig ulykke kravet gælder.",
      "State which of the covered conditions, or which serious accident, the claim concerns."));
    return true;
  }
  const isAccident = code === "serious_accident" && rules.seriousAccidentCovered;
  if (!isAccident && !ctx.index.conditionLabels.has(code)) {
    notes.push(note("ELG-9", "reject", "warning",
      `Forsikringen dækker kun de ${rules.conditions.length} nævnte sygdomme og alvorlige ulykker; "${code}" er ikke blandt dem.`,
      `The plan covers only the ${rules.conditions.length} listed conditions and serious accidents; "${code}" is not one of them.`));
    return false;
  }
  const approval = ctx.approvedConditions.find((c) => c.conditionCode === code && toDay(c.approvedOn) <= day);
  if (approval === undefined) {
    notes.push(note("ELG-9", "review", "warning",
      "Sygdommen er ikke godkendt endnu; vi skal godkende anmeldelsen, før hjælpen kan begynde.",
      "The condition has not been approved yet; we must approve the notification before help can start."));
    return true;
  }
  const extension = Math.min(approval.extensionMonths, rules.maxExtensionMonths);
  const endsOn = addMonths(approval.approvedOn, rules.coverageMonths + extension);
  if (day >= toDay(endsOn)) {
    notes.push(note("ELG-9", "reject", "warning",
      `Dækningsperioden for sygdommen løb fra ${approval.approvedOn} til ${endsOn} (${rules.coverageMonths} måneder${extension > 0 ? ` + ${extension} måneders forlængelse` : ""}). Tilbagefald efter perioden er ikke dækket.`,
      `The coverage period for the condition ran from ${approval.approvedOn} until ${endsOn} (${rules.coverageMonths} months${extension > 0 ? ` + ${extension} months' extension` : ""}). A relapse after the period is not covered.`));
    return false;
  }
  if (approval.extensionMonths > rules.maxExtensionMonths) {
    notes.push(note("ELG-9", "none", "info",
      `Dækningsperioden kan højst forlænges med ${rules.maxExtensionMonths} måneder.`,
      `The coverage period can be extended by at most ${rules.maxExtensionMonths} months.`));
  }
  return true;
}

/**
 * Eligibility and exclusions, the first stage of BEN-7. Returns the terms to calculate with, or
 * undefined when the line is refused (the refusing note is in `notes`).
 */
export function checkEligibility(ctx: CaseContext, line: ClaimLine, category: BenefitCategory, day: DayNumber, notes: Note[]): LineTerms | undefined {
  if (!checkCover(ctx, line, day, notes)) return undefined;

  for (const code of line.exclusionCodes) {
    const label = ctx.index.exclusionLabels.get(code);
    if (label !== undefined) {
      notes.push(note("ELG-7", "reject", "warning",
        `${label.da} er undtaget fra dækning.`,
        `${label.en} is excluded from cover.`));
      return undefined;
    }
  }

  // Before ELG-8: in the late continuation's period the refusal is GRP-4's, whatever the plan's exclusion says.
  if (!checkLateContinuation(ctx, line, day, notes)) return undefined;

  if (line.preExisting && ctx.plan.preExistingConditionsExcluded) {
    const agreed = line.diagnosis !== undefined && ctx.policy.specialTermsCoveredConditions.includes(line.diagnosis);
    if (!agreed) {
      notes.push(note("ELG-8", "reject", "warning",
        "Lidelsen var kendt, før forsikringen begyndte, og er ikke aftalt dækket i særlige vilkår.",
        "The condition was known before cover began and is not covered by special terms on the policy."));
      return undefined;
    }
    notes.push(note("ELG-8", "none", "info",
      "Lidelsen var kendt før forsikringen, men er dækket efter særlige vilkår på policen.",
      "The condition was known before cover began but is covered by special terms on the policy."));
  }

  const terms = resolveTerms(ctx, line, category, day, notes);
  if (terms === undefined) return undefined;
  if (terms.addOnCode === undefined) {
    const waiting = checkWaiting(ctx, line, category, day, waitingStart(ctx), true);
    if (waiting !== undefined) {
      notes.push(waiting);
      if (waiting.effect === "reject") return undefined;
    }
  }

  if (!checkCoveredCondition(ctx, line, day, notes)) return undefined;
  return terms;
}
