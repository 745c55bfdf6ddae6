import { addMonths, addMonthsToDay, toDay, type DayNumber } from "../dates";
import type { ClaimLine, Guarantee } from "../schema/claimCase";
import type { LineDecision, LineOutcome } from "../schema/decision";
import type { BenefitCategory } from "../schema/plan";
import { note, pct, within, type CaseContext, type Note } from "./context";
import { checkEligibility, type LineTerms } from "./eligibility";
import { assessPreAuthorisation } from "./preAuthorisationAssessment";
import { nestedValue } from "./ledger";
import { StepRecorder } from "./steps";
import { unitLabel } from "./unitLabels";

export interface LineEvaluation {
  decision: LineDecision;
  notes: Note[];
}

const UNKNOWN_LABEL = { da: "Ukendt ydelse", en: "Unknown benefit" };

function rejected(ctx: CaseContext, line: ClaimLine, category: BenefitCategory | undefined, steps: StepRecorder, notes: Note[]): LineEvaluation {
  const refusal = notes.find((n) => n.effect === "reject");
  const ruleId = refusal?.reason.ruleId ?? "BEN-1";
  steps.record("eligible", ruleId, 0, `Intet beløb er dækket: ${refusal?.reason.da ?? ""}`.trim(), `Nothing is covered: ${refusal?.reason.en ?? ""}`.trim());
  return finish(ctx, line, category, steps, notes, "rejected", 0, 0);
}

function finish(ctx: CaseContext, line: ClaimLine, category: BenefitCategory | undefined, steps: StepRecorder, notes: Note[], outcome: LineOutcome, eligible: number, deductible: number): LineEvaluation {
  const m = ctx.money;
  const payable = steps.amount;
  steps.record("payable", "BEN-7", payable, `Udbetales: ${m.daStop(payable)}`, `Payable: ${m.en(payable)}.`);
  const share = line.amountMinor - payable;
  steps.list.push({
    kind: "member_share",
    ruleId: "CLM-7",
    amountMinor: share,
    changeMinor: 0,
    da: `Din egen andel: ${m.da(line.amountMinor)} − ${m.da(payable)} = ${m.daStop(share)}`,
    en: `Your share: ${m.en(line.amountMinor)} − ${m.en(payable)} = ${m.en(share)}.`,
  });
  return {
    decision: {
      lineId: line.id,
      categoryCode: line.categoryCode,
      categoryLabel: category?.label ?? UNKNOWN_LABEL,
      date: line.date,
      outcome,
      claimedMinor: line.amountMinor,
      eligibleMinor: eligible,
      payableMinor: payable,
      deductibleMinor: deductible,
      memberShareMinor: share,
      steps: steps.list,
      reasons: notes.map((n) => n.reason),
    },
    notes,
  };
}

function checkDocumentsAndDeadlines(ctx: CaseContext, line: ClaimLine, category: BenefitCategory, notes: Note[]): void {
  if (!line.receiptPresent) {
    notes.push(note("CLM-1", "information", "blocking",
      "Upload en specificeret og kvitteret regning med patientens navn, diagnose eller årsag, behandlingsdato og behandlingstype.",
      "Upload an itemised, receipted invoice showing the patient's name, diagnosis or reason, treatment date and type of treatment."));
  }
  if (category.prescriptionRequired && !line.prescriptionPresent) {
    notes.push(note("CLM-1", "information", "blocking",
      `${category.label.da} kræver en kopi af lægens recept.`,
      `${category.label.en} needs a copy of the doctor's prescription.`));
  }
  if (category.referralRequired && !line.referralPresent) {
    notes.push(note("CLM-4", "information", "blocking",
      `${category.label.da} kræver en henvisning fra læge. Upload henvisningen (fx fra sundhed.dk).`,
      `${category.label.en} needs a doctor's referral. Upload the referral (e.g. from sundhed.dk).`));
  }
  if (line.otherInsurance.declared && line.otherInsurance.paidMinor === undefined) {
    notes.push(note("CLM-6", "information", "blocking",
      "Du har oplyst anden forsikring, der dækker samme udgift. Send opgørelsen derfra; denne forsikring betaler kun sin forholdsmæssige andel.",
      "You declared other insurance covering the same cost. Send its settlement; this cover pays only its proportional share."));
  }
  if (category.invoiceDeadlineMonths !== undefined) {
    const deadline = addMonths(line.date, category.invoiceDeadlineMonths);
    if (ctx.today > toDay(deadline)) {
      notes.push(note("GOP-4", "reject", "warning",
        `Regningen skulle være sendt senest ${category.invoiceDeadlineMonths} måneder efter betalingsdatoen ${line.date}, dvs. ${deadline}.`,
        `The invoice had to be sent within ${category.invoiceDeadlineMonths} months of the payment date ${line.date}, i.e. by ${deadline}.`));
    }
    return;
  }
  const learned = line.learnedOn ?? line.date;
  if (ctx.today > addMonthsToDay(toDay(learned), ctx.plan.claimDeadlines.reportWithinMonths)) {
    const deadline = addMonths(learned, ctx.plan.claimDeadlines.reportWithinMonths);
    notes.push(note("CLM-3", "review", "warning",
      `Krav skal anmeldes senest ${ctx.plan.claimDeadlines.reportWithinMonths} måneder efter, at du fik kendskab til det (${learned}); fristen var ${deadline}. En sagsbehandler vurderer sagen.`,
      `Claims must be made within ${ctx.plan.claimDeadlines.reportWithinMonths} months of learning of them (${learned}); the deadline was ${deadline}. A handler will assess the claim.`));
  }
}

function findGuarantee(ctx: CaseContext, line: ClaimLine, day: DayNumber): Guarantee | undefined {
  return ctx.guarantees.find((g) => g.categoryCode === line.categoryCode && within(day, g.validFrom, g.validTo));
}

function annualMaximum(ctx: CaseContext, day: DayNumber): number | undefined {
  const base = ctx.plan.annualMaximumPerPersonMinor;
  if (base === null) return undefined;
  let limit = base;
  for (const bought of ctx.policy.addOns) {
    if (!within(day, bought.startDate, bought.endDate)) continue;
    const addOn = ctx.plan.addOns.find((a) => a.code === bought.code);
    if (addOn !== undefined) limit += addOn.raisesAnnualMaximumMinor;
  }
  return limit;
}

/** Evaluates one claim line through the BEN-7 order and posts the result to the ledger. */
export function evaluateLine(ctx: CaseContext, line: ClaimLine): LineEvaluation {
  const m = ctx.money;
  const notes: Note[] = [];
  const day = toDay(line.date);
  const claimed = line.amountMinor;
  const steps = new StepRecorder(claimed);
  const category = ctx.index.categories.get(line.categoryCode);
  const quantityDa = category === undefined ? `${line.quantity}` : unitLabel(category.unit, line.quantity, "da");
  const quantityEn = category === undefined ? `${line.quantity}` : unitLabel(category.unit, line.quantity, "en");
  steps.record("claimed", "BEN-7", claimed, `Anmeldt beløb: ${m.da(claimed)} (${quantityDa}).`, `Amount claimed: ${m.en(claimed)} (${quantityEn}).`);

  if (category === undefined) {
    notes.push(note("BEN-1", "reject", "warning",
      `Ydelsen "${line.categoryCode}" findes ikke i planens dækningsoversigt.`,
      `The benefit "${line.categoryCode}" is not in the plan's benefit table.`));
    return rejected(ctx, line, category, steps, notes);
  }
  if (!category.settings.includes(line.setting)) {
    const setting = { in_patient: ["indlæggelse", "in-patient"], day_patient: ["dagpatient", "day-patient"], out_patient: ["ambulant", "out-patient"] }[line.setting];
    notes.push(note("BEN-1", "reject", "warning",
      `${category.label.da} er ikke dækket som ${setting[0]}behandling.`,
      `${category.label.en} is not covered as ${setting[1]} treatment.`));
    return rejected(ctx, line, category, steps, notes);
  }
  const terms: LineTerms | undefined = checkEligibility(ctx, line, category, day, notes);
  if (terms === undefined) return rejected(ctx, line, category, steps, notes);

  checkDocumentsAndDeadlines(ctx, line, category, notes);
  const guarantee = findGuarantee(ctx, line, day);
  if (category.guaranteeRequired && guarantee === undefined) {
    notes.push(note("GOP-4", "reject", "warning",
      `${category.label.da} betales kun gennem en betalingsgaranti, og der er ingen gyldig garanti den ${line.date}.`,
      `${category.label.en} is paid only through a guarantee of payment, and there is no valid guarantee on ${line.date}.`));
  }
  if (notes.some((n) => n.effect === "reject")) return rejected(ctx, line, category, steps, notes);

  // Pre-authorisation (PA-1…PA-6): decided now, applied as reductions after the deductible.
  const pa = assessPreAuthorisation(ctx.plan, ctx.index, ctx.ledger, {
    categoryCode: line.categoryCode, date: line.date, setting: line.setting, quantity: line.quantity, country: line.country, supplyDays: line.supplyDays,
  }, ctx.preAuthorisations, ctx.guarantees);
  let missingUnits = 0;
  let missingPercent = 0;
  if (pa.required) {
    const uncovered = pa.unitsRequiring - Math.min(pa.approvedUnits, pa.unitsRequiring);
    if (pa.approval !== undefined && uncovered === 0) {
      notes.push(note("PA-5", "none", "info",
        `Behandlingen er dækket af godkendelse ${pa.approval.id}.`,
        `The treatment is covered by approval ${pa.approval.id}.`));
    }
    if (uncovered > 0) {
      const hours = ctx.plan.preAuthorisation.emergencyNotificationHours;
      if (line.emergency && line.insurerNotifiedAfterHours === undefined) {
        notes.push(note("PA-3", "information", "blocking",
          `Ved akut behandling skal vi have besked senest ${hours} timer efter, at behandlingen begyndte. Oplys hvornår vi fik besked.`,
          `For emergency treatment we must be told within ${hours} hours after treatment began. Tell us when we were told.`));
      } else if (line.emergency && (line.insurerNotifiedAfterHours ?? Infinity) <= hours) {
        notes.push(note("PA-3", "none", "info",
          `Akut behandling: vi fik besked inden for ${hours} timer, så manglende forhåndsgodkendelse giver ingen reduktion.`,
          `Emergency treatment: we were told within ${hours} hours, so the missing pre-authorisation causes no reduction.`));
      } else {
        missingUnits = uncovered;
        const reason = pa.why ?? { da: "Behandlingen kræver forhåndsgodkendelse.", en: "The treatment needs pre-authorisation." };
        if (pa.withoutApproval.action === "refuse") {
          missingPercent = 100;
          notes.push(note(pa.ruleId ?? "PA-4", "none", "warning", reason.da, reason.en));
          if (uncovered === line.quantity) {
            notes.push(note("PA-4", "reject", "warning",
              "Der er ingen forhåndsgodkendelse, og planen betaler ikke for behandling uden.",
              "There is no pre-authorisation, and the plan does not pay for treatment without one."));
            return rejected(ctx, line, category, steps, notes);
          }
        } else {
          missingPercent = pa.withoutApproval.percent;
          notes.push(note(pa.ruleId ?? "PA-4", "none", "warning", reason.da, reason.en));
        }
      }
    }
  }
  let networkPercent = 0;
  const outOfNetwork = ctx.plan.preAuthorisation.outOfNetwork;
  if (pa.approval !== undefined && outOfNetwork !== undefined && !line.inNetwork && outOfNetwork.countries.includes(line.country)) {
    if (line.emergency || line.noNetworkProviderWithin50Km || line.notAvailableFromLocalNetwork) {
      notes.push(note("PA-6", "none", "info",
        "Behandlingen var uden for netværket, men uden reduktion, fordi den var akut, ingen netværksbehandler var inden for 50 km, eller behandlingen ikke fandtes lokalt i netværket.",
        "Treatment was outside the network but is not reduced because it was an emergency, no network provider was within 50 km, or the treatment was not available locally in the network."));
    } else {
      networkPercent = outOfNetwork.reductionPercent;
    }
  }

  // Eligible amount: what others paid, and what is usual and reasonable (CLM-6, BEN-6).
  if (line.paidByPublicMinor > 0) {
    const after = Math.max(0, steps.amount - line.paidByPublicMinor);
    steps.record("eligible", "CLM-6", after,
      `Det offentlige har betalt ${m.da(line.paidByPublicMinor)}, som ikke betales igen: ${m.da(after)} tilbage.`,
      `The public system paid ${m.en(line.paidByPublicMinor)}, which is not paid again: ${m.en(after)} left.`);
  }
  const otherPaid = line.otherInsurance.paidMinor;
  if (line.otherInsurance.declared && otherPaid !== undefined && otherPaid > 0) {
    const after = Math.max(0, steps.amount - otherPaid);
    steps.record("eligible", "CLM-6", after,
      `Anden forsikring har betalt ${m.da(otherPaid)}; denne dækning er subsidiær: ${m.da(after)} tilbage.`,
      `Other insurance paid ${m.en(otherPaid)}; this cover is secondary: ${m.en(after)} left.`);
  }
  if (line.reasonableAmountMinor !== undefined) {
    steps.cap("eligible", "BEN-6", line.reasonableAmountMinor, (before, after) => [
      `Kun sædvanlige og rimelige udgifter for området betales: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Only costs usual and reasonable for the area are paid: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }
  const eligible = steps.amount;

  const percent = terms.coveragePercent;
  const covered = Math.round((eligible * percent) / 100);
  steps.record("coverage", "BEN-1", covered,
    `${category.label.da} dækkes med ${pct.da(percent)}: ${pct.da(percent)} af ${m.da(eligible)} = ${m.daStop(covered)}`,
    `${category.label.en} is covered at ${pct.en(percent)}: ${pct.en(percent)} of ${m.en(eligible)} = ${m.en(covered)}.`);

  const capNote = (ruleId: "BEN-1" | "BEN-2" | "BEN-3" | "BEN-5" | "GOP-3", da: string, en: string) => notes.push(note(ruleId, "none", "warning", da, en));
  const caps = terms.caps;
  const q = line.quantity;
  if (caps.perItemMinor !== undefined && category.unit !== "day") {
    const limit = caps.perItemMinor * q;
    steps.cap("cap", "BEN-1", limit, (before, after) => [
      `Maksimum ${m.da(caps.perItemMinor ?? 0)} pr. ${unitLabel(category.unit, 1, "da").slice(2)} × ${q}: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(caps.perItemMinor ?? 0)} per ${unitLabel(category.unit, 1, "en").slice(2)} × ${q}: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }
  if (caps.perDayMinor !== undefined) {
    const perDay = caps.perDayMinor;
    const limit = category.unit === "day" ? perDay * q : Math.max(0, perDay - ctx.ledger.paidOnDay(category.code, day));
    steps.cap("cap", "BEN-1", limit, (before, after) => [
      `Maksimum ${m.da(perDay)} pr. dag: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(perDay)} per day: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }
  const share = ctx.plan.maxShareOfInvoicePercent;
  if (share !== undefined && !category.exemptFromInvoiceShare) {
    const limit = Math.floor((claimed * share) / 100);
    steps.cap("cap", "BEN-5", limit, (before, after) => [
      `Planen betaler aldrig mere end ${pct.da(share)} af regningens pålydende ${m.da(claimed)}: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `The plan never pays more than ${pct.en(share)} of the invoice's face value ${m.en(claimed)}: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }

  // Period caps and visit limits.
  const groups = ctx.index.groupsByCategory.get(category.code) ?? [];
  const visitRules: { codes: readonly string[]; label: { da: string; en: string }; max: number; window: number }[] = [];
  if (category.visitLimit !== undefined) visitRules.push({ codes: [category.code], label: category.label, max: category.visitLimit.maxVisits, window: category.visitLimit.windowDays });
  for (const group of groups) {
    if (group.visitLimit !== undefined) visitRules.push({ codes: group.categoryCodes, label: group.label, max: group.visitLimit.maxVisits, window: group.visitLimit.windowDays });
  }
  for (const rule of visitRules) {
    const allowed = Math.min(q, ctx.ledger.visitsAllowed(rule.codes, day, rule.max, rule.window));
    if (allowed < q) {
      const limit = Math.round((steps.amount * allowed) / q);
      steps.cap("cap", "BEN-3", limit, (before, after) => [
        `Højst ${rule.max} ${rule.label.da.toLowerCase()} inden for ${rule.window} dage; ${allowed} af ${q} kan dækkes: ${m.da(before)} nedsat til ${m.daStop(after)}`,
        `At most ${rule.max} ${rule.label.en.toLowerCase()} within ${rule.window} days; ${allowed} of ${q} can be covered: ${m.en(before)} reduced to ${m.en(after)}.`,
      ]);
      capNote("BEN-3",
        `Grænsen på ${rule.max} ${rule.label.da.toLowerCase()} inden for ${rule.window} dage er nået.`,
        `The limit of ${rule.max} ${rule.label.en.toLowerCase()} within ${rule.window} days has been reached.`);
    }
  }
  const year = ctx.ledger.yearFor(day);
  if (caps.perPolicyYearMinor !== undefined) {
    const limit = caps.perPolicyYearMinor;
    const used = ctx.ledger.categoryPaid(year, category.code);
    if (steps.cap("cap", "BEN-1", limit - used, (before, after) => [
      `Maksimum ${m.da(limit)} pr. forsikringsår for ${category.label.da.toLowerCase()}; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(limit)} per policy year for ${category.label.en.toLowerCase()}; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ])) {
      capNote("BEN-1", `Årsmaksimum for ${category.label.da.toLowerCase()} er nået.`, `The yearly maximum for ${category.label.en.toLowerCase()} has been reached.`);
    }
  }
  for (const group of groups) {
    const tierLimit = terms.addOnCode === undefined ? undefined : group.addOnTiers.find((t) => t.addOnCode === terms.addOnCode)?.perPolicyYearMinor;
    const limit = tierLimit ?? group.perPolicyYearMinor;
    if (limit === undefined) continue;
    const used = ctx.ledger.groupPaid(year, group.code);
    if (steps.cap("cap", "BEN-1", limit - used, (before, after) => [
      `Maksimum ${m.da(limit)} pr. forsikringsår for ${group.label.da.toLowerCase()}; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(limit)} per policy year for ${group.label.en.toLowerCase()}; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ])) {
      capNote("BEN-1", `Årsmaksimum for ${group.label.da.toLowerCase()} er nået.`, `The yearly maximum for ${group.label.en.toLowerCase()} has been reached.`);
    }
  }
  if (caps.perDiagnosisMinor !== undefined) {
    const limit = caps.perDiagnosisMinor;
    if (line.diagnosis === undefined) {
      notes.push(note("CLM-1", "information", "blocking", "Angiv diagnosen; ydelsen har et maksimum pr. diagnose.", "State the diagnosis; the benefit has a maximum per diagnosis."));
    }
    const used = nestedValue(ctx.ledger.diagnosis, category.code, line.diagnosis ?? "");
    steps.cap("cap", "BEN-1", limit - used, (before, after) => [
      `Maksimum ${m.da(limit)} pr. diagnose; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(limit)} per diagnosis; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }
  if (caps.perTreatmentCourseMinor !== undefined) {
    const limit = caps.perTreatmentCourseMinor;
    const used = nestedValue(ctx.ledger.courses, category.code, line.treatmentCourseId ?? "");
    steps.cap("cap", "BEN-1", limit - used, (before, after) => [
      `Maksimum ${m.da(limit)} pr. behandlingsforløb; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Maximum ${m.en(limit)} per treatment course; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ]);
  }
  if (guarantee !== undefined) {
    const used = ctx.ledger.guarantees.get(guarantee.id) ?? 0;
    const left = guarantee.amountMinor - used;
    if (steps.cap("cap", "GOP-3", left, (before, after) => [
      `Betalingsgaranti ${guarantee.id} dækker op til ${m.da(guarantee.amountMinor)}; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Guarantee of payment ${guarantee.id} covers up to ${m.en(guarantee.amountMinor)}; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ])) {
      capNote("GOP-3", `Betalingsgarantien ${guarantee.id} er brugt op; resten er din egen andel.`, `Guarantee ${guarantee.id} is used up; the rest is your share.`);
    }
  }

  // Deductible (BEN-4).
  let deductible = 0;
  const plannedDeductible = ctx.plan.deductible;
  if (plannedDeductible.kind !== "none" && steps.amount > 0) {
    const used = plannedDeductible.kind === "per_policy_year" ? year.deductible : ctx.ledger.claimDeductible;
    const remaining = Math.max(0, plannedDeductible.amountMinor - used);
    deductible = Math.min(remaining, steps.amount);
    if (deductible > 0) {
      // Only a guarantee's direct billing leaves the deductible to be paid to the provider (GOP-3);
      // on a refund claim the member has paid the invoice, so it comes off the refund.
      const how = plannedDeductible.collection === "paid_to_provider" && guarantee !== undefined
        ? { da: "betales af dig direkte til behandlingsstedet", en: "is paid by you directly to the provider" }
        : { da: "trækkes fra refusionen", en: "is deducted from the refund" };
      const period = plannedDeductible.kind === "per_policy_year" ? { da: "pr. forsikringsår", en: "per policy year" } : { da: "pr. skade", en: "per claim" };
      steps.record("deductible", "BEN-4", steps.amount - deductible,
        `Selvrisiko ${m.da(plannedDeductible.amountMinor)} ${period.da} (${m.da(remaining)} tilbage) ${how.da}: ${m.daStop(deductible)}`,
        `Deductible ${m.en(plannedDeductible.amountMinor)} ${period.en} (${m.en(remaining)} left) ${how.en}: ${m.en(deductible)}.`);
      notes.push(note("BEN-4", "none", "info",
        `Selvrisiko på ${m.da(deductible)} ${how.da}.`,
        `A deductible of ${m.en(deductible)} ${how.en}.`));
    }
  }

  // Pre-authorisation and network reductions (PA-4, PA-6).
  if (missingUnits > 0 && missingPercent > 0 && steps.amount > 0) {
    const affected = Math.round((steps.amount * missingUnits) / q);
    const reduction = Math.round((affected * missingPercent) / 100);
    const where = line.country === "US" ? { da: "i USA", en: "in the USA" } : { da: "uden for USA", en: "outside the USA" };
    const partly = missingUnits < q ? { da: ` for ${missingUnits} af ${q}`, en: ` for ${missingUnits} of ${q}` } : { da: "", en: "" };
    steps.record("reduction", "PA-4", steps.amount - reduction,
      missingPercent === 100
        ? `Ingen forhåndsgodkendelse${partly.da}: den del betales ikke (${m.da(reduction)}).`
        : `Ingen forhåndsgodkendelse${partly.da}: reduktion ${pct.da(missingPercent)} ved behandling ${where.da} = ${m.daStop(reduction)}`,
      missingPercent === 100
        ? `No pre-authorisation${partly.en}: that part is not paid (${m.en(reduction)}).`
        : `No pre-authorisation${partly.en}: reduced by ${pct.en(missingPercent)} for treatment ${where.en} = ${m.en(reduction)}.`);
    notes.push(note("PA-4", "none", "warning",
      `Uden forhåndsgodkendelse nedsættes betalingen med ${pct.da(missingPercent)} (${m.da(reduction)}).`,
      `Without pre-authorisation the payment is reduced by ${pct.en(missingPercent)} (${m.en(reduction)}).`));
  }
  if (networkPercent > 0 && steps.amount > 0) {
    const reduction = Math.round((steps.amount * networkPercent) / 100);
    steps.record("reduction", "PA-6", steps.amount - reduction,
      `Forhåndsgodkendt behandling uden for netværket i USA nedsættes med ${pct.da(networkPercent)} = ${m.daStop(reduction)}`,
      `Pre-authorised treatment outside the network in the USA is reduced by ${pct.en(networkPercent)} = ${m.en(reduction)}.`);
    notes.push(note("PA-6", "none", "warning",
      `Behandling uden for netværket i USA nedsættes med ${pct.da(networkPercent)}.`,
      `Treatment outside the network in the USA is reduced by ${pct.en(networkPercent)}.`));
  }

  // Annual maximum per person (BEN-2).
  const maximum = annualMaximum(ctx, day);
  if (maximum !== undefined) {
    const used = year.paid;
    if (steps.cap("cap", "BEN-2", maximum - used, (before, after) => [
      `Samlet maksimum ${m.da(maximum)} pr. person pr. forsikringsår; ${m.da(used)} er brugt: ${m.da(before)} nedsat til ${m.daStop(after)}`,
      `Overall maximum ${m.en(maximum)} per person per policy year; ${m.en(used)} already used: ${m.en(before)} reduced to ${m.en(after)}.`,
    ])) {
      capNote("BEN-2", "Det samlede årlige maksimum er nået.", "The overall annual maximum has been reached.");
    }
  }

  const payable = steps.amount;
  let outcome: LineOutcome;
  if (payable === 0 && claimed > 0 && deductible === 0) {
    outcome = "rejected";
    if (!notes.some((n) => n.severity === "warning")) {
      notes.push(note("BEN-1", "reject", "warning", "Intet beløb kan dækkes på denne linje.", "Nothing can be covered on this line."));
    }
  } else if (notes.some((n) => n.effect === "information")) outcome = "needs_information";
  else if (notes.some((n) => n.effect === "review")) outcome = "needs_review";
  else if (ctx.plan.reviewAbovePayableMinor !== undefined && payable > ctx.plan.reviewAbovePayableMinor) {
    outcome = "needs_review";
    notes.push(note("CLM-5", "review", "info",
      `Beløb over ${m.da(ctx.plan.reviewAbovePayableMinor)} gennemgås af en sagsbehandler.`,
      `Amounts above ${m.en(ctx.plan.reviewAbovePayableMinor)} are checked by a handler.`));
  } else if (payable === 0 && claimed > 0) outcome = "rejected"; // the deductible took it all (BEN-4): nothing is paid
  else outcome = payable === Math.round((claimed * percent) / 100) ? "approved" : "partly_approved";

  // A line the deductible took whole still uses the deductible (and counts as a visit).
  if (outcome !== "rejected" || deductible > 0) {
    ctx.ledger.post({
      day,
      categoryCode: category.code,
      paid: payable,
      deductible,
      quantity: q,
      diagnosis: line.diagnosis,
      treatmentCourseId: line.treatmentCourseId,
      guaranteeId: guarantee?.id,
    });
    ctx.ledger.claimDeductible += deductible;
  }
  return finish(ctx, line, category, steps, notes, outcome, eligible, deductible);
}
