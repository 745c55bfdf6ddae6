import "server-only";
import { writeAudit } from "../audit/audit";
import { offerContinuation } from "../continuation/offers";
import { inviteToOwnLogin } from "../auth/accounts";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import type { Reason } from "../rules";
import { recordEmployerChange } from "./history";
import { joinerInvitationMail } from "./mails";
import { planStaffChange, type PlannedChange, type SchemeFacts } from "./plan-change";
import { EmployerRefusal } from "./refusal";
import { loadSchemeOf, type SchemeContext } from "./scheme";
import type { JoinerInput, LeaverInput } from "./schemas";
import { endEnrolments, enrolmentsByEmployeeNumber, insertJoiners } from "./writes";
import { isoDay } from "../db/date-column";

/**
 * Joiners and leavers one at a time (issue 12 point 3): the form previews (resulting dates, the
 * premium change, the rules' reasons, the retroactive warning), then the same values are confirmed
 * and written in one transaction with the policy event, the audit row and, for a joiner with an
 * e-mail, the ACC-1 invitation in the outbox.
 */
export interface ChangePreview {
  outcome: "join" | "leave" | "unchanged";
  name: string;
  startDate: string | null;
  coverEndsOn: string | null;
  premiumChangeMinor: number;
  currency: string;
  retroactive: boolean;
  reasons: Reason[];
}

interface Meta {
  ip: string;
  today: string;
  locale: Locale;
}

export function schemeFacts(ctx: SchemeContext, today: string): SchemeFacts {
  return { plan: ctx.plan, today, policyStartDate: ctx.policy.startDate, employerCvr: ctx.employer.cvr, year: ctx.year, premiumPerYearMinor: ctx.scheme.premiumPerPersonMinor };
}

async function manageableScheme(db: Db, user: CurrentUser, today: string): Promise<SchemeContext> {
  const ctx = await loadSchemeOf(db, user, "employer.manage", today);
  if (!ctx) throw new EmployerRefusal("employer.errors.noScheme");
  return ctx;
}

/** A refused change: the first refusal's key beside its field (GRP-2 beside the date). */
function refuseIfRefused(planned: PlannedChange, dateField: string): asserts planned is PlannedChange & { outcome: "join" | "leave" | "unchanged" } {
  const first = planned.refusals[0];
  if (planned.outcome === "refused" && first) throw new EmployerRefusal(`employer.errors.${first.key}`, first.column === "date" ? dateField : "employeeNumber");
}

function previewOf(planned: PlannedChange & { outcome: "join" | "leave" | "unchanged" }, name: string, ctx: SchemeContext): ChangePreview {
  return { outcome: planned.outcome, name, startDate: planned.startDate, coverEndsOn: planned.coverEndsOn, premiumChangeMinor: planned.premiumChangeMinor, currency: ctx.policy.currency, retroactive: planned.retroactive, reasons: planned.reasons };
}

export async function addJoiner(db: Db, user: CurrentUser, input: JoinerInput, meta: Meta): Promise<ChangePreview> {
  const ctx = await manageableScheme(db, user, meta.today);
  const existing = (await enrolmentsByEmployeeNumber(db, ctx.policy.id, [input.employeeNumber])).get(input.employeeNumber);
  const planned = planStaffChange(schemeFacts(ctx, meta.today), { kind: "join", employeeNumber: input.employeeNumber, startDate: input.startDate }, existing);
  refuseIfRefused(planned, "startDate");
  const name = `${input.firstName} ${input.lastName}`;
  const preview = previewOf(planned, name, ctx);
  if (input.intent === "preview" || planned.outcome === "unchanged") return preview;
  if (input.email && (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))) throw new EmployerRefusal("employer.errors.emailTaken", "email");

  await db.$transaction(async (tx) => {
    const [joined] = await insertJoiners(tx, ctx.policy.id, user.userId, [{ ...input, email: input.email ?? null }]);
    const email = input.email;
    if (email) {
      const mail = (code: string) => joinerInvitationMail({ to: email, name, employer: ctx.employer.name, memberNumber: joined!.memberNumber, startDate: input.startDate, code, locale: meta.locale });
      await inviteToOwnLogin(tx, { personId: joined!.personId, email, mail });
    }
    await writeAudit(tx, {
      actorUserId: user.userId, action: "employer.joiner_added", subjectType: "Enrolment", subjectId: joined!.enrolmentId, personId: joined!.personId, ip: meta.ip,
      metadata: { employeeNumber: input.employeeNumber, startDate: input.startDate, invited: Boolean(email), premiumChangeMinor: planned.premiumChangeMinor },
    });
    await recordEmployerChange(tx, { employerId: ctx.employer.id, actorUserId: user.userId, change: { kind: "joiner_added", name, employeeNumber: input.employeeNumber, startDate: input.startDate } });
  });
  return preview;
}

export async function removeLeaver(db: Db, user: CurrentUser, input: LeaverInput, meta: Meta): Promise<ChangePreview> {
  const ctx = await manageableScheme(db, user, meta.today);
  const row = await db.enrolment.findFirst({
    where: { id: input.enrolmentId, policyId: ctx.policy.id, role: "EMPLOYEE", employeeNumber: { not: null } },
    select: { id: true, personId: true, employeeNumber: true, startDate: true, endDate: true, person: { select: { firstName: true, lastName: true } } },
  });
  if (!row) throw new EmployerRefusal("employer.errors.notFound");
  const existing = { enrolmentId: row.id, startDate: isoDay(row.startDate), endDate: row.endDate ? isoDay(row.endDate) : null };
  const planned = planStaffChange(schemeFacts(ctx, meta.today), { kind: "leave", employeeNumber: row.employeeNumber!, employmentEndDate: input.employmentEndDate, reason: input.reason }, existing);
  refuseIfRefused(planned, "employmentEndDate");
  const preview = previewOf(planned, `${row.person.firstName} ${row.person.lastName}`, ctx);
  if (input.intent === "preview" || planned.outcome === "unchanged") return preview;

  await db.$transaction(async (tx) => {
    const changed = await endEnrolments(tx, ctx.policy.id, user.userId, [{ enrolmentId: row.id, coverEndsOn: planned.coverEndsOn!, reason: input.reason }]);
    if (changed !== 1) throw new EmployerRefusal("employer.errors.notFound");
    await offerContinuation(tx, [{ enrolmentId: row.id, reason: input.reason }], ctx);
    await writeAudit(tx, {
      actorUserId: user.userId, action: "employer.leaver_removed", subjectType: "Enrolment", subjectId: row.id, personId: row.personId, ip: meta.ip,
      metadata: { employmentEndDate: input.employmentEndDate, coverEndsOn: planned.coverEndsOn, reason: input.reason, retroactive: planned.retroactive, premiumChangeMinor: planned.premiumChangeMinor },
    });
    await recordEmployerChange(tx, { employerId: ctx.employer.id, actorUserId: user.userId, change: { kind: "leaver_removed", name: preview.name, employeeNumber: row.employeeNumber!, coverEndsOn: planned.coverEndsOn! } });
  });
  return preview;
}
