import { z } from "zod";
import { addMonths, endOfMonth, isoDateSchema, policyYearContaining, toDay, toIso } from "../dates";
import { planSchema } from "../schema/plan";
import { continuationOffered, continuationTerms } from "./continuation";
import { EnrolmentOutcome, type EnrolmentCheckResult } from "./familyChange";
import { waitingPeriodsFrom, type WaitingPeriodResult } from "./waiting";

export const groupEnrolmentChangeSchema = z.object({
  plan: planSchema,
  today: isoDateSchema,
  policy: z.object({
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    employerCvr: z.string().regex(/^\d{8}$/, { message: "must be an 8-digit CVR number" }),
  }),
  change: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("join"), employeeId: z.string().min(1), date: isoDateSchema }),
    z.object({
      kind: z.literal("leave"),
      employeeId: z.string().min(1),
      date: isoDateSchema,
      reason: z.enum(["employment_ended", "left_scheme", "died", "no_danish_address", "agreement_ended"]),
      /** GRP-4: when the leaver asked to continue on individual terms. */
      continuationRequestedOn: isoDateSchema.optional(),
    }),
  ]),
});
export type GroupEnrolmentChange = z.infer<typeof groupEnrolmentChangeSchema>;

/** Employer joiners and leavers: GRP-2 dating, ELG-4 end of cover, GRP-4 continuation, FAM-6. */
export function checkGroupEnrolmentChange(input: GroupEnrolmentChange): EnrolmentCheckResult {
  const { plan, change } = input;
  const out = new EnrolmentOutcome();
  const rules = plan.group;
  if (plan.kind !== "group" || rules === undefined) {
    out.refuse("GRP-1", "Planen er ikke en gruppeordning; medarbejdere tilmeldes ikke af en arbejdsgiver.", "The plan is not a group scheme; staff are not enrolled by an employer.");
    return out.result({});
  }
  const today = toDay(input.today);
  const date = toDay(change.date);
  const year = policyYearContaining(input.policy.startDate, plan.policyYearBasis, today);
  const earliest = Math.max(toDay(addMonths(input.today, -rules.maxRetroactiveMonths)), rules.onlyWithinCurrentPolicyYear ? year.from : Number.MIN_SAFE_INTEGER);
  const latest = rules.onlyWithinCurrentPolicyYear ? year.to : Number.MAX_SAFE_INTEGER;
  if (date < earliest || date > latest) {
    out.refuse("GRP-2",
      `Til- og afmelding kan kun dateres i det igangværende forsikringsår (${toIso(year.from)} – ${toIso(year.to)}) og højst ${rules.maxRetroactiveMonths} måneder tilbage (tidligst ${toIso(earliest)}).`,
      `Enrolment and de-enrolment can only be dated within the current policy year (${toIso(year.from)} – ${toIso(year.to)}) and at most ${rules.maxRetroactiveMonths} months back (earliest ${toIso(earliest)}).`);
    return out.result({});
  }
  if (change.kind === "join") {
    out.tell("GRP-2", `Tilmeldingen gælder fra ${change.date}.`, `The enrolment takes effect on ${change.date}.`);
    const waitingPeriods = waitingPeriodsFrom(plan, change.date, false);
    if (waitingPeriods.length > 0) {
      out.tell("ELG-2",
        `Karens: ${waitingPeriods.map((w) => `${w.kind} til ${w.endsOn}`).join(", ")}.`,
        `Waiting periods: ${waitingPeriods.map((w) => `${w.kind} until ${w.endsOn}`).join(", ")}.`);
    }
    return out.result({ effectiveDate: change.date, waitingPeriods });
  }

  const coverEndsOn = change.reason === "agreement_ended" || !rules.coverEndsAtEndOfMonth ? change.date : endOfMonth(change.date);
  out.tell("ELG-4",
    change.reason === "agreement_ended" ? `Dækningen ophører straks (${coverEndsOn}), da gruppeaftalen ophører.` : `Dækningen ophører ved udgangen af måneden: ${coverEndsOn}.`,
    change.reason === "agreement_ended" ? `Cover ends at once (${coverEndsOn}) because the group agreement ends.` : `Cover ends at the end of the month: ${coverEndsOn}.`);
  if (date < today) {
    out.tell("GRP-2",
      "Afmeldingen er bagudrettet: virksomheden betaler skadesudbetalinger, der allerede er foretaget efter datoen.",
      "The de-enrolment is retroactive: the employer pays for claims already paid after that date.");
  }
  if (plan.family.coInsuredKeepCoverToEndOfPaidPeriod) {
    out.tell("FAM-6", "Medforsikrede familiemedlemmer beholder dækningen til udgangen af den betalte periode.", "Co-insured family members keep cover until the end of the paid period.");
  }
  const waitingPeriods: WaitingPeriodResult[] = [];
  if (continuationOffered(change.reason)) {
    if (change.continuationRequestedOn === undefined) {
      out.tell("GRP-4",
        "Medarbejderen kan fortsætte på individuelle vilkår uden ny karens, hvis det ønskes senest ved fratrædelsen.",
        "The employee can continue on individual terms without a new waiting period if they ask before or at leaving.");
    } else {
      const terms = continuationTerms(rules, coverEndsOn, change.continuationRequestedOn);
      waitingPeriods.push(...terms.waitingPeriods);
      out.tell("GRP-4", terms.reason.da, terms.reason.en);
    }
  }
  return out.result({ effectiveDate: change.date, coverEndsOn, waitingPeriods });
}
