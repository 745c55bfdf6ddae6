import type { Plan, Reason } from "../rules";
import type { RuleId } from "../rules/ruleIds";
import { checkGroupEnrolmentChange } from "../rules/enrolment/groupChange";
import { joinerPremiumChangeMinor, leaverPremiumChangeMinor, type PolicyYear } from "./premium";
import type { LeaveReason } from "./schemas";

/**
 * What a joiner or leaver would do to the scheme (issue 12 points 3 and 4), pure: the forms'
 * preview, their confirm and every row of a CSV import go through it, so they cannot disagree.
 * GRP-2 and ELG-4 come from the rules module (checkGroupEnrolmentChange); this adds what the
 * scheme's staff say (GRP-1: the employee number on the scheme) and the premium change.
 */
export interface SchemeFacts {
  plan: Plan;
  today: string;
  policyStartDate: string;
  employerCvr: string;
  year: PolicyYear;
  premiumPerYearMinor: number;
}

/** The employee's enrolment on the scheme today, found by employee number. */
export interface ExistingEnrolment {
  enrolmentId: string;
  startDate: string;
  endDate: string | null;
}

export type StaffChange =
  | { kind: "join"; employeeNumber: string; startDate: string }
  | { kind: "leave"; employeeNumber: string; employmentEndDate: string; reason: LeaveReason };

/** A refusal with the column it is about (the CSV's dry run names it). */
export interface ChangeRefusal extends Reason {
  column: "employeeNumber" | "date";
  /** The message key (employer.errors.…) a form shows beside the field. */
  key: "grp2" | "grp1Taken" | "grp1Unknown" | "elg4Ended" | "elg4BeforeStart";
}

export interface PlannedChange {
  outcome: "join" | "leave" | "unchanged" | "refused";
  reasons: Reason[];
  refusals: ChangeRefusal[];
  startDate: string | null;
  coverEndsOn: string | null;
  premiumChangeMinor: number;
  /** GRP-2: a de-enrolment back in time makes the employer liable for claims already paid. */
  retroactive: boolean;
  enrolmentId: string | null;
}

const refused = (key: ChangeRefusal["key"], ruleId: RuleId, column: ChangeRefusal["column"], da: string, en: string, reasons: Reason[] = []): PlannedChange => ({
  outcome: "refused", reasons, refusals: [{ ruleId, column, key, da, en }], startDate: null, coverEndsOn: null, premiumChangeMinor: 0, retroactive: false, enrolmentId: null,
});

/** GRP-2 (the only refusal checkGroupEnrolmentChange gives a group plan): about the date. */
function grp2Refusal(refusals: Reason[], reasons: Reason[]): PlannedChange {
  return { ...refused("grp2", "GRP-2", "date", "", ""), refusals: refusals.map((r) => ({ ...r, column: "date" as const, key: "grp2" as const })), reasons };
}

export function planStaffChange(facts: SchemeFacts, change: StaffChange, existing: ExistingEnrolment | undefined): PlannedChange {
  return change.kind === "join" ? planJoin(facts, change, existing) : planLeave(facts, change, existing);
}

function check(facts: SchemeFacts, change: Parameters<typeof checkGroupEnrolmentChange>[0]["change"]) {
  return checkGroupEnrolmentChange({ plan: facts.plan, today: facts.today, policy: { startDate: facts.policyStartDate, employerCvr: facts.employerCvr }, change });
}

function planJoin(facts: SchemeFacts, change: Extract<StaffChange, { kind: "join" }>, existing: ExistingEnrolment | undefined): PlannedChange {
  if (existing) {
    // Re-importing the same joiner changes nothing; another start for the same number is a conflict.
    if (existing.startDate === change.startDate && existing.endDate === null) {
      return { outcome: "unchanged", reasons: [], refusals: [], startDate: existing.startDate, coverEndsOn: null, premiumChangeMinor: 0, retroactive: false, enrolmentId: existing.enrolmentId };
    }
    return refused("grp1Taken", "GRP-1", "employeeNumber",
      `Medarbejdernummer ${change.employeeNumber} er allerede tilmeldt ordningen (fra ${existing.startDate}).`,
      `Employee number ${change.employeeNumber} is already on the scheme (from ${existing.startDate}).`);
  }
  const result = check(facts, { kind: "join", employeeId: change.employeeNumber, date: change.startDate });
  if (!result.allowed) return grp2Refusal(result.refusals, result.reasons);
  return {
    outcome: "join", reasons: result.reasons, refusals: [], startDate: change.startDate, coverEndsOn: null,
    premiumChangeMinor: joinerPremiumChangeMinor(facts.premiumPerYearMinor, change.startDate, facts.year), retroactive: false, enrolmentId: null,
  };
}

function planLeave(facts: SchemeFacts, change: Extract<StaffChange, { kind: "leave" }>, existing: ExistingEnrolment | undefined): PlannedChange {
  if (!existing) {
    return refused("grp1Unknown", "GRP-1", "employeeNumber", `Medarbejdernummer ${change.employeeNumber} er ikke på ordningen.`, `Employee number ${change.employeeNumber} is not on the scheme.`);
  }
  const result = check(facts, { kind: "leave", employeeId: change.employeeNumber, date: change.employmentEndDate, reason: change.reason });
  if (!result.allowed) return grp2Refusal(result.refusals, result.reasons);
  const coverEndsOn = result.coverEndsOn!;
  if (existing.endDate === coverEndsOn) {
    return { outcome: "unchanged", reasons: [], refusals: [], startDate: existing.startDate, coverEndsOn, premiumChangeMinor: 0, retroactive: false, enrolmentId: existing.enrolmentId };
  }
  if (existing.endDate !== null && existing.endDate < facts.today) {
    return refused("elg4Ended", "ELG-4", "date", `Dækningen ophørte allerede ${existing.endDate}.`, `Cover already ended on ${existing.endDate}.`);
  }
  if (coverEndsOn < existing.startDate) {
    return refused("elg4BeforeStart", "ELG-4", "date", `Dækningen ville ophøre (${coverEndsOn}) før den begyndte (${existing.startDate}).`, `Cover would end (${coverEndsOn}) before it began (${existing.startDate}).`);
  }
  return {
    outcome: "leave", reasons: result.reasons, refusals: [], startDate: existing.startDate, coverEndsOn,
    premiumChangeMinor: leaverPremiumChangeMinor(facts.premiumPerYearMinor, existing.startDate, existing.endDate, coverEndsOn, facts.year),
    retroactive: change.employmentEndDate < facts.today, enrolmentId: existing.enrolmentId,
  };
}
