import "server-only";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import { workingDaysBetween } from "../cover/working-days";
import type { Db } from "../db/client";
import { toLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { recordPolicyEvent } from "./history";
import { enrolmentDecidedMail } from "./mails";
import { FamilyRefusal } from "./refusal";
import { HEALTH_QUESTIONS, type HealthDeclarationAnswers } from "./schemas";
import { isoDay } from "../db/date-column";

type HandlerUser = Pick<CurrentUser, "userId" | "roles">;

export interface EnrolmentQueueItem {
  enrolmentId: string;
  personName: string;
  birthDate: string;
  policyNumber: string;
  submittedAt: string;
  dueDate: string;
  /** Working days to the due date; negative when overdue. */
  workingDaysLeft: number;
}

/** FAM-3: enrolments waiting for the handler's decision on a health declaration, due first. */
export async function listPendingEnrolments(db: Db, user: HandlerUser, today: string, limit = 100): Promise<EnrolmentQueueItem[]> {
  const handler = await loadActor(db, user);
  if (!handler.insurerId || !can(handler, "enrolment.queue")) return [];
  const rows = await db.healthDeclaration.findMany({
    where: { decision: "PENDING", enrolment: { status: "PENDING", policy: { insurerId: handler.insurerId } } },
    orderBy: [{ dueDate: "asc" }, { submittedAt: "asc" }],
    take: limit,
    select: { dueDate: true, submittedAt: true, enrolment: { select: { id: true, person: { select: { firstName: true, lastName: true, birthDate: true } }, policy: { select: { number: true } } } } },
  });
  return rows.map((r) => ({
    enrolmentId: r.enrolment.id,
    personName: `${r.enrolment.person.firstName} ${r.enrolment.person.lastName}`,
    birthDate: isoDay(r.enrolment.person.birthDate),
    policyNumber: r.enrolment.policy.number,
    submittedAt: r.submittedAt.toISOString(),
    dueDate: isoDay(r.dueDate),
    workingDaysLeft: workingDaysBetween(today, isoDay(r.dueDate)),
  }));
}

export interface EnrolmentReview {
  enrolmentId: string;
  personName: string;
  birthDate: string;
  role: string;
  policyNumber: string;
  startDate: string;
  submittedBy: string;
  submittedAt: string;
  dueDate: string;
  decision: "PENDING" | "ACCEPTED" | "REFUSED";
  decisionNote: string | null;
  /** Health data: the handler's only (the read is audited). */
  answers: { question: (typeof HEALTH_QUESTIONS)[number]; answer: "yes" | "no" }[];
  details: string | null;
}

async function loadForHandler(db: Db, user: HandlerUser, enrolmentId: string, action: "enrolment.decide") {
  const [handler, enrolment] = await Promise.all([
    loadActor(db, user),
    db.enrolment.findUnique({
      where: { id: enrolmentId },
      include: { healthDeclaration: true, person: { select: { firstName: true, lastName: true, birthDate: true } }, policy: { select: { id: true, number: true, insurerId: true } } },
    }),
  ]);
  if (!enrolment?.healthDeclaration || !can(handler, action, { insurerId: enrolment.policy.insurerId })) return null;
  return { ...enrolment, healthDeclaration: enrolment.healthDeclaration };
}

/** The health declaration for the handler, audited as a read of the person's health data. */
export async function getEnrolmentReview(db: Db, user: HandlerUser, enrolmentId: string, meta: { ip: string }): Promise<EnrolmentReview | null> {
  const row = await loadForHandler(db, user, enrolmentId, "enrolment.decide");
  if (!row) return null;
  const submitter = await db.user.findUnique({ where: { id: row.healthDeclaration.submittedByUserId }, select: { displayName: true } });
  await writeAudit(db, { actorUserId: user.userId, action: "health_declaration.read", subjectType: "HealthDeclaration", subjectId: row.healthDeclaration.id, personId: row.personId, ip: meta.ip });
  const answers = row.healthDeclaration.answers as HealthDeclarationAnswers;
  return {
    enrolmentId: row.id, personName: `${row.person.firstName} ${row.person.lastName}`, birthDate: isoDay(row.person.birthDate), role: row.role,
    policyNumber: row.policy.number, startDate: isoDay(row.startDate), submittedBy: submitter?.displayName ?? "", submittedAt: row.healthDeclaration.submittedAt.toISOString(),
    dueDate: isoDay(row.healthDeclaration.dueDate), decision: row.healthDeclaration.decision, decisionNote: row.healthDeclaration.decisionNote,
    answers: HEALTH_QUESTIONS.map((question) => ({ question, answer: answers[question] })),
    details: answers.details ?? null,
  };
}

/**
 * The handler accepts (cover from the start asked for) or refuses (with a note) the enrolment:
 * a conditional update so a second decision does nothing, the policy event, the audit row and the
 * main insured's mail in one transaction.
 */
export async function decideEnrolment(db: Db, user: HandlerUser, input: { enrolmentId: string; decision: "ACCEPTED" | "REFUSED"; note?: string }, meta: { ip: string; today: string }): Promise<void> {
  const row = await loadForHandler(db, user, input.enrolmentId, "enrolment.decide");
  if (!row) throw new FamilyRefusal("family.errors.notFound");
  const accepted = input.decision === "ACCEPTED";
  const main = await db.enrolment.findFirst({
    where: { policyId: row.policy.id, role: "MAIN" },
    orderBy: { startDate: "desc" },
    select: { person: { select: { firstName: true, lastName: true, email: true, user: { select: { email: true, locale: true, displayName: true } } } } },
  });
  await db.$transaction(async (tx) => {
    const done = await tx.healthDeclaration.updateMany({
      where: { id: row.healthDeclaration.id, decision: "PENDING" },
      data: { decision: input.decision, decidedAt: new Date(), decidedByUserId: user.userId, decisionNote: input.note || null },
    });
    if (done.count !== 1) throw new FamilyRefusal("family.errors.alreadyDecided");
    await tx.enrolment.update({
      where: { id: row.id },
      data: accepted ? { status: "ACTIVE" } : { status: "REFUSED", endDate: row.startDate, endReason: "REFUSED", endedByUserId: user.userId },
    });
    const personName = `${row.person.firstName} ${row.person.lastName}`;
    await recordPolicyEvent(tx, {
      policyId: row.policy.id, kind: accepted ? "ENROLMENT_ACCEPTED" : "ENROLMENT_REFUSED", personId: row.personId, actorUserId: user.userId,
      effectiveOn: accepted ? isoDay(row.startDate) : meta.today, details: { name: personName, rule: "FAM-3", ...(input.note ? { note: input.note } : {}) },
    });
    await writeAudit(tx, { actorUserId: user.userId, action: accepted ? "enrolment.accepted" : "enrolment.refused", subjectType: "Enrolment", subjectId: row.id, personId: row.personId, ip: meta.ip });
    const to = main?.person.user?.email ?? main?.person.email;
    if (main && to) {
      const name = main.person.user?.displayName ?? `${main.person.firstName} ${main.person.lastName}`;
      await enqueueEmail(tx, enrolmentDecidedMail({ to, name, personName, accepted, locale: toLocale(main.person.user?.locale ?? "da") }));
    }
  });
}
