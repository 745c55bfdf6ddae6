import "server-only";
import type { Db } from "../db/client";
import { recordPolicyEvent, type PolicyEventKind } from "../family/history";
import { ageNoticeMail } from "../family/mails";
import { planById } from "../cover/plan-lookup";
import { toLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { ageMilestones, dueAgeNotices, type AgeMilestone, type DueNotice } from "../rules/enrolment/age-events";
import { dateColumn, isoDay } from "../db/date-column";

const EVENT_OF: Record<AgeMilestone, PolicyEventKind> = { OWN_HEALTH_DATA: "AGE_OWN_HEALTH_DATA", ADULT: "AGE_ADULT", CHILD_LIMIT: "AGE_CHILD_LIMIT" };

type Recipient = { to: string; name: string; locale: string };

/**
 * The daily age-events run (pg-boss "age-events"): for every child on a policy in force, the
 * notices due today — 60 and 30 days before turning 15 (own health data, Danish Health Act §17),
 * 18 (adult, FAM-7) and the plan's child limit (FAM-2), and on the day — by e-mail to the main
 * insured and to the child where they have an address, once each (AgeNotice's unique key makes a
 * rerun or a second server send nothing twice). On the day the change is a policy event too; the
 * rights themselves follow the age on every request (healthDataSubjects). Returns notices sent.
 */
export async function runAgeEvents(db: Db, today: string): Promise<number> {
  const todayDate = dateColumn(today);
  const children = await db.enrolment.findMany({
    where: {
      role: "CHILD", status: "ACTIVE", OR: [{ endDate: null }, { endDate: { gte: todayDate } }],
      // Children born 13–19 years ago are the only ones with a milestone within 60 days.
      person: { birthDate: { gte: dateColumn(`${Number(today.slice(0, 4)) - 20}-01-01`), lte: dateColumn(`${Number(today.slice(0, 4)) - 13}-12-31`) } },
      policy: { status: "ACTIVE" },
    },
    select: {
      policyId: true,
      person: { select: { id: true, firstName: true, lastName: true, birthDate: true, email: true, user: { select: { email: true, locale: true } } } },
      policy: { select: { planId: true, insurer: { select: { childOwnHealthDataFromAge: true } } } },
    },
  });
  let sent = 0;
  for (const child of children) {
    const plan = await planById(db, child.policy.planId);
    const milestones = ageMilestones(isoDay(child.person.birthDate), { ownHealthDataFrom: child.policy.insurer.childOwnHealthDataFromAge, childLimit: plan.family.freeChildUnderAge });
    for (const notice of dueAgeNotices(milestones, today)) {
      if (await sendNotice(db, child, notice, today)) sent += 1;
    }
  }
  return sent;
}

async function recipientsOf(db: Db, policyId: string, child: { email: string | null; user: { email: string; locale: string } | null; firstName: string; lastName: string }): Promise<Recipient[]> {
  const main = await db.enrolment.findFirst({
    where: { policyId, role: "MAIN", status: "ACTIVE" },
    select: { person: { select: { firstName: true, lastName: true, email: true, user: { select: { email: true, locale: true } } } } },
  });
  const out: Recipient[] = [];
  const mainTo = main?.person.user?.email ?? main?.person.email;
  if (main && mainTo) out.push({ to: mainTo, name: `${main.person.firstName} ${main.person.lastName}`, locale: main.person.user?.locale ?? "da" });
  const childTo = child.user?.email ?? child.email;
  if (childTo && childTo !== mainTo) out.push({ to: childTo, name: `${child.firstName} ${child.lastName}`, locale: child.user?.locale ?? "da" });
  return out;
}

async function sendNotice(
  db: Db,
  child: { policyId: string; person: { id: string; firstName: string; lastName: string; email: string | null; user: { email: string; locale: string } | null } },
  notice: DueNotice,
  today: string,
): Promise<boolean> {
  const recipients = await recipientsOf(db, child.policyId, child.person);
  const childName = `${child.person.firstName} ${child.person.lastName}`;
  return db.$transaction(async (tx) => {
    const claimed = await tx.ageNotice.createMany({
      data: [{ personId: child.person.id, policyId: child.policyId, milestone: notice.milestone, milestoneOn: dateColumn(notice.on), daysBefore: notice.daysBefore }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) return false; // sent before
    for (const r of recipients) {
      await enqueueEmail(tx, ageNoticeMail({ to: r.to, name: r.name, childName, milestone: notice.milestone, age: notice.age, on: notice.on, daysBefore: notice.daysBefore, locale: toLocale(r.locale) }));
    }
    if (notice.daysBefore === 0) {
      await recordPolicyEvent(tx, { policyId: child.policyId, kind: EVENT_OF[notice.milestone], personId: child.person.id, actorUserId: null, effectiveOn: today, details: { age: String(notice.age) } });
    }
    return true;
  });
}
