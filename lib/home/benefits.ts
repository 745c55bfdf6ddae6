import "server-only";
import { loadActor } from "../access/actor";
import type { HealthDataSubject } from "../access/health-data";
import type { CurrentUser } from "../auth/current-user.types";
import { planById } from "../cover/plan-lookup";
import type { Db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { benefitTable, runningWaitingPeriods, type BenefitTable, type RunningWaitingPeriod } from "./benefit-table";
import { currentEnrolments } from "./cover-usage";
import { isoDay } from "../db/date-column";

/** One policy's benefits (/member/cover) and, per person on it the member may see, the waiting periods still running. */
export interface PolicyBenefits {
  policyNumber: string;
  planName: { da: string; en: string };
  planVersion: string;
  insurer: string;
  table: BenefitTable;
  persons: { personId: string; name: string; relation: HealthDataSubject["relation"]; enrolmentStart: string; waiting: RunningWaitingPeriod[] }[];
}

/**
 * The benefits of every policy the member's visible persons (FAM-7) are on: one statement for the
 * enrolments (plans come from the per-process cache). No health data: plan terms and cover dates.
 */
export async function loadBenefits(db: Db, user: CurrentUser, now = new Date()): Promise<PolicyBenefits[]> {
  const actor = await loadActor(db, user, now);
  const today = copenhagenDay(now);
  const subjects = actor.healthDataSubjects;
  if (subjects.length === 0) return [];
  const rows = await currentEnrolments(db, subjects.map((s) => s.personId), today);
  const byPolicy = new Map<string, PolicyBenefits>();
  for (const subject of subjects) {
    const row = rows.find((r) => r.personId === subject.personId);
    if (!row) continue;
    const plan = await planById(db, row.planId);
    let policy = byPolicy.get(row.policyId);
    if (!policy) {
      const start = isoDay(row.policyStart);
      policy = {
        policyNumber: row.number,
        planName: plan.name,
        planVersion: plan.version,
        insurer: plan.insurer,
        table: benefitTable(plan, { addOns: row.addOns.map((code) => ({ code, startDate: start })) }),
        persons: [],
      };
      byPolicy.set(row.policyId, policy);
    }
    const enrolmentStart = isoDay(row.enrolmentStart);
    const transferred = row.waivers.includes("ALL") || Boolean(row.transferredFrom);
    policy.persons.push({ personId: subject.personId, name: subject.name, relation: subject.relation, enrolmentStart, waiting: runningWaitingPeriods(plan, enrolmentStart, today, transferred) });
  }
  return [...byPolicy.values()];
}
