import { addDays, addMonths, toDay } from "../dates";

/**
 * Age events of a child on a policy: from the insurer's own-data age (Danish Health Act §17,
 * default 15) the child's health data is theirs; at 18 they are an adult co-insured (FAM-7) with
 * their own login (ACC-1); at the plan's child limit (FAM-2: free child until 16 on the top-up
 * plan) the premium changes. The family and the person are told 60 and 30 days ahead and on the
 * day; rights change on the day (healthDataSubjects reads the age on every request).
 */
export type AgeMilestone = "OWN_HEALTH_DATA" | "ADULT" | "CHILD_LIMIT";

export const NOTICE_DAYS = [60, 30, 0] as const;
export type NoticeDays = (typeof NOTICE_DAYS)[number];

export interface AgeMilestoneDate {
  milestone: AgeMilestone;
  age: number;
  on: string;
}

/** The child's milestones (birthdays), ordered by date; a limit equal to another age is kept apart. */
export function ageMilestones(birthDate: string, ages: { ownHealthDataFrom: number; childLimit: number | undefined }): AgeMilestoneDate[] {
  const list: AgeMilestoneDate[] = [
    { milestone: "OWN_HEALTH_DATA", age: ages.ownHealthDataFrom, on: addMonths(birthDate, 12 * ages.ownHealthDataFrom) },
    { milestone: "ADULT", age: 18, on: addMonths(birthDate, 12 * 18) },
  ];
  if (ages.childLimit !== undefined) list.push({ milestone: "CHILD_LIMIT", age: ages.childLimit, on: addMonths(birthDate, 12 * ages.childLimit) });
  return list.sort((a, b) => toDay(a.on) - toDay(b.on));
}

export interface DueNotice extends AgeMilestoneDate {
  daysBefore: NoticeDays;
}

/**
 * The notices due today: for each milestone, the latest notice point (60, 30 or 0 days before)
 * that has been reached and not passed the milestone — so a job that missed a day still sends it,
 * and a child added 20 days before their birthday gets the 30-day notice, not the 60-day one.
 */
export function dueAgeNotices(milestones: readonly AgeMilestoneDate[], today: string): DueNotice[] {
  const due: DueNotice[] = [];
  const now = toDay(today);
  for (const m of milestones) {
    const on = toDay(m.on);
    if (now > on) continue;
    const reached = NOTICE_DAYS.filter((days) => now >= toDay(addDays(m.on, -days)));
    const latest = reached[reached.length - 1];
    if (latest !== undefined) due.push({ ...m, daysBefore: latest });
  }
  return due;
}

/** Milestones within the next `days` days (the overview's notices). */
export function upcomingMilestones(milestones: readonly AgeMilestoneDate[], today: string, days = 60): (AgeMilestoneDate & { daysLeft: number })[] {
  const now = toDay(today);
  return milestones.map((m) => ({ ...m, daysLeft: toDay(m.on) - now })).filter((m) => m.daysLeft >= 0 && m.daysLeft <= days);
}
