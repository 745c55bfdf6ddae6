import "server-only";
import type { HealthDataSubject } from "../access/health-data";
import { planById } from "../cover/plan-lookup";
import { historyLineOf } from "../cover/usage";
import type { Db } from "../db/client";
import { summariseUsage, type Plan, type Policy, type UsageSummary } from "../rules";
import { isoDay } from "../db/date-column";

/**
 * Each visible person's cover in one glance: the policy their enrolment is on today (else their
 * latest one), the plan, and what is used and left of every limit this policy year (BEN-1…BEN-4,
 * PA-2 counters) — the rules engine's own usage summary over the settled lines.
 * Two statements for all persons together (it runs on every visit of the member home).
 */

export interface PersonCover {
  personId: string;
  name: string;
  relation: HealthDataSubject["relation"];
  policyNumber: string;
  policyId: string;
  planId: string;
  planName: { da: string; en: string };
  /** Cover covers today (ELG-1): an active policy and an enrolment spanning the day. */
  coveredToday: boolean;
  enrolmentStart: string;
  enrolmentEnd: string | null;
  usage: UsageSummary;
}

export interface EnrolmentRow {
  personId: string;
  policyId: string;
  number: string;
  planId: string;
  status: string;
  policyStart: Date;
  policyEnd: Date | null;
  addOns: string[];
  cvr: string | null;
  enrolmentStart: Date;
  enrolmentEnd: Date | null;
  /** ELG-2: waiting periods waived (["ALL"] on a documented transfer) or the insurer transferred from. */
  waivers: string[];
  transferredFrom: string | null;
  covered: boolean;
}

interface LineRow {
  personId: string;
  claimId: string;
  treatmentDate: Date;
  category: string;
  amountMinor: number;
  payableMinor: number | null;
  quantity: number;
  currency: string;
  steps: unknown;
  diagnosis: string | null;
}

/** The enrolment a person's home shows: the one covering today on an active policy, else their latest. */
export async function currentEnrolments(db: Db, personIds: string[], today: string): Promise<EnrolmentRow[]> {
  return db.$queryRaw<EnrolmentRow[]>`
    SELECT DISTINCT ON (e."personId") e."personId", p.id AS "policyId", p.number, p."planId", p.status::text AS status,
           p."startDate" AS "policyStart", p."endDate" AS "policyEnd", COALESCE(p."addOns", '{}') AS "addOns", em.cvr,
           e."startDate" AS "enrolmentStart", e."endDate" AS "enrolmentEnd",
           COALESCE(e."waitingPeriodWaivers", '{}') AS waivers, e."transferredFromInsurer" AS "transferredFrom",
           (p.status = 'ACTIVE' AND e."startDate" <= ${today}::date AND (e."endDate" IS NULL OR e."endDate" >= ${today}::date)) AS covered
    FROM "Enrolment" e
    JOIN "Policy" p ON p.id = e."policyId"
    LEFT JOIN "Employer" em ON em.id = p."employerId"
    WHERE e."personId" = ANY(${personIds}::uuid[])
    ORDER BY e."personId", covered DESC, e."startDate" DESC`;
}

/**
 * Settled, approved lines (as lib/cover/usage.ts counts them) of the persons, from two years
 * back: enough for the policy year, rolling visit windows and PA-2 periods.
 */
async function settledLines(db: Db, personIds: string[], from: string): Promise<LineRow[]> {
  return db.$queryRaw<LineRow[]>`
    SELECT c."personId", cl."claimId", cl."treatmentDate", cl.category, cl."amountMinor", cl."payableMinor", cl.quantity, cl.currency,
           cl.steps, c.diagnosis
    FROM "Claim" c
    JOIN "ClaimLine" cl ON cl."claimId" = c.id
    WHERE c."personId" = ANY(${personIds}::uuid[]) AND c.status IN ('DECIDED', 'PAID')
      AND cl.outcome IN ('APPROVED', 'PARTLY_APPROVED') AND cl."treatmentDate" >= ${from}::date
    ORDER BY cl."treatmentDate", cl."lineNo"`;
}

function policyOf(row: EnrolmentRow): Policy {
  const start = isoDay(row.policyStart);
  return {
    number: row.number,
    startDate: start,
    endDate: row.policyEnd ? isoDay(row.policyEnd) : undefined,
    addOns: row.addOns.map((code) => ({ code, startDate: start })),
    specialTermsCoveredConditions: [],
    employerCvr: row.cvr ?? undefined,
  };
}

function twoYearsBefore(today: string): string {
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return `${year - 2}${rest === "-02-29" ? "-02-28" : rest}`;
}

/** Cover and usage of each subject on a policy, in the subjects' order. */
export async function loadPersonCovers(db: Db, subjects: readonly HealthDataSubject[], today: string): Promise<PersonCover[]> {
  if (subjects.length === 0) return [];
  const personIds = subjects.map((s) => s.personId);
  const [enrolments, lines] = await Promise.all([currentEnrolments(db, personIds, today), settledLines(db, personIds, twoYearsBefore(today))]);
  const byPerson = new Map(enrolments.map((row) => [row.personId, row]));
  const plans = new Map<string, Plan>();
  for (const planId of new Set(enrolments.map((row) => row.planId))) plans.set(planId, await planById(db, planId));

  const covers: PersonCover[] = [];
  for (const subject of subjects) {
    const row = byPerson.get(subject.personId);
    if (!row) continue;
    const plan = plans.get(row.planId)!;
    const history = lines.filter((line) => line.personId === subject.personId).map(historyLineOf);
    covers.push({
      personId: subject.personId,
      name: subject.name,
      relation: subject.relation,
      policyNumber: row.number,
      policyId: row.policyId,
      planId: row.planId,
      planName: plan.name,
      coveredToday: row.covered,
      enrolmentStart: isoDay(row.enrolmentStart),
      enrolmentEnd: row.enrolmentEnd ? isoDay(row.enrolmentEnd) : null,
      usage: summariseUsage({ plan, policy: policyOf(row), history, asOf: today }),
    });
  }
  return covers;
}
