import "server-only";
import { can } from "../access/can";
import { ADULT_AGE } from "../access/health-data";
import { writeAudit } from "../audit/audit";
import { inviteToOwnLogin } from "../auth/accounts";
import type { CurrentUser } from "../auth/current-user.types";
import { addWorkingDays, DECISION_TARGET_WORKING_DAYS } from "../cover/working-days";
import type { Db } from "../db/client";
import type { EnrolmentRole } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import type { Locale } from "../i18n/config";
import { addMonths, ageOn, toDay } from "../rules/dates";
import { normaliseCpr } from "../rules/enrolment/cpr";
import { checkFamilyChange, familyChangeSchema } from "../rules/enrolment/familyChange";
import type { Reason } from "../rules/text";
import { isOnPolicy, loadFamilyOfPerson, type FamilyContext } from "./family-context";
import { recordPolicyEvent } from "./history";
import { invitationMail } from "./mails";
import { FamilyRefusal } from "./refusal";
import { HEALTH_QUESTIONS, type AddMemberInput, type HealthDeclarationAnswers } from "./schemas";
import { dateColumn } from "../db/date-column";

export type AddOutcome =
  | { outcome: "added"; personId: string; coverFrom: string; invited: boolean; reasons: Reason[] }
  | { outcome: "pending"; personId: string; dueDate: string; reasons: Reason[] }
  | { outcome: "refused"; reasons: Reason[] };

const ENGINE_ROLE = { SPOUSE: "spouse", PARTNER: "spouse", CHILD: "child", NEWBORN: "newborn", PARENT: "parent" } as const;
const STORED_ROLE: Record<AddMemberInput["role"], EnrolmentRole> = { SPOUSE: "SPOUSE", PARTNER: "PARTNER", CHILD: "CHILD", NEWBORN: "CHILD", PARENT: "PARENT" };
/** A newborn is a child under one: older children are added as children. */
const NEWBORN_MAX_MONTHS = 12;

function engineRoleOf(role: EnrolmentRole): "spouse" | "child" | "parent" | null {
  if (role === "SPOUSE" || role === "PARTNER") return "spouse";
  if (role === "CHILD") return "child";
  return role === "PARENT" ? "parent" : null;
}

/** Bad input the form shows beside its field: a birth in the future, a child older than the parent, a start in the past. */
function checkDates(ctx: FamilyContext, mainBirthDate: string, input: AddMemberInput, today: string): void {
  if (toDay(input.birthDate) > toDay(today)) throw new FamilyRefusal("family.errors.birthInFuture", "birthDate");
  const isChild = input.role === "CHILD" || input.role === "NEWBORN";
  if (isChild && toDay(input.birthDate) <= toDay(mainBirthDate)) throw new FamilyRefusal("family.errors.childOlderThanParent", "birthDate");
  if (input.role === "PARENT" && toDay(input.birthDate) >= toDay(mainBirthDate)) throw new FamilyRefusal("family.errors.parentYoungerThanMember", "birthDate");
  if (input.role === "NEWBORN" && toDay(input.birthDate) < toDay(addMonths(today, -NEWBORN_MAX_MONTHS))) throw new FamilyRefusal("family.errors.notNewborn", "birthDate");
  if (input.role !== "NEWBORN" && toDay(input.startDate!) < toDay(today)) throw new FamilyRefusal("family.errors.startInPast", "startDate");
  if (ctx.policy.endDate && input.role !== "NEWBORN" && toDay(input.startDate!) > toDay(ctx.policy.endDate)) throw new FamilyRefusal("family.errors.startAfterPolicy", "startDate");
}

function declarationOf(input: AddMemberInput): HealthDeclarationAnswers | null {
  const missing = HEALTH_QUESTIONS.filter((q) => input[q] === undefined);
  if (missing.length === HEALTH_QUESTIONS.length) return null;
  const first = missing[0];
  if (first) throw new FamilyRefusal("family.errors.answerRequired", first);
  return { hospitalised: input.hospitalised!, chronicCondition: input.chronicCondition!, ongoingTreatment: input.ongoingTreatment!, birthComplications: input.birthComplications!, details: input.details || undefined };
}

/**
 * The main insured adds a family member (FAM-1…5; FAM-3 for a newborn): the rules engine decides,
 * a refusal names its rule in Danish and English; where a health declaration is needed and given,
 * the enrolment waits for the handler's decision (due in 5 working days). One transaction: person,
 * enrolment, declaration, policy event, audit and — for an adult with an e-mail — the activation
 * mail (ACC-1). The idempotency key makes a double submit return the first outcome.
 */
export async function addFamilyMember(db: Db, user: CurrentUser, input: AddMemberInput, meta: { ip: string; today: string; locale: Locale }): Promise<AddOutcome> {
  const personId = user.person?.id ?? "";
  const ctx = await loadFamilyOfPerson(db, personId, meta.today);
  if (!ctx || !can({ roles: user.roles, personId }, "family.manage", ctx.resource)) throw new FamilyRefusal("family.errors.notMainInsured");

  const again = await db.enrolment.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { healthDeclaration: true } });
  if (again && again.policyId === ctx.policy.id) {
    return again.status === "PENDING"
      ? { outcome: "pending", personId: again.personId, dueDate: again.healthDeclaration!.dueDate.toISOString().slice(0, 10), reasons: [] }
      : { outcome: "added", personId: again.personId, coverFrom: again.startDate.toISOString().slice(0, 10), invited: false, reasons: [] };
  }

  const main = ctx.members.find((m) => m.personId === personId)!;
  checkDates(ctx, main.birthDate, input, meta.today);
  const cpr = normaliseCpr(input.cpr);
  const known = await db.person.findUnique({ where: { cprNumber: cpr }, select: { id: true } });
  if (known && ctx.members.some((m) => m.personId === known.id && (isOnPolicy(m, meta.today) || m.status === "PENDING"))) {
    throw new FamilyRefusal("family.errors.cpr.alreadyOnPolicy", "cpr");
  }

  const declaration = input.role === "NEWBORN" ? declarationOf(input) : null;
  const current = ctx.members
    .filter((m) => m.role !== "MAIN" && (isOnPolicy(m, meta.today) || m.status === "PENDING"))
    .flatMap((m) => {
      const role = engineRoleOf(m.role);
      return role ? [{ id: m.personId, role, birthDate: m.birthDate }] : [];
    });
  const effectiveDate = input.role === "NEWBORN" ? input.birthDate : input.startDate!;
  const check = (declared: boolean) =>
    checkFamilyChange(
      familyChangeSchema.parse({
        plan: ctx.plan, today: meta.today,
        policy: { startDate: ctx.policy.startDate, ...(ctx.policy.endDate ? { endDate: ctx.policy.endDate } : {}) },
        currentMembers: current,
        change: {
          kind: "add", role: ENGINE_ROLE[input.role], birthDate: input.birthDate, effectiveDate, livesAtHome: input.livesAtHome === "yes",
          birthRegisteredOn: meta.today, healthDeclarationProvided: declared,
        },
      }),
    );
  const result = check(declaration !== null);
  if (!result.allowed) {
    // FAM-3: only the health declaration is missing — ask for it beside its questions.
    if (input.role === "NEWBORN" && declaration === null && check(true).allowed) throw new FamilyRefusal("family.errors.healthDeclarationNeeded", "hospitalised");
    return { outcome: "refused", reasons: result.refusals };
  }
  // A declaration given where none is needed is not kept (it is health data nobody asked for).
  const needed = result.healthDeclarationRequired ? declaration : null;
  return writeEnrolment(db, user, ctx, { input, cpr, knownPersonId: known?.id ?? null, declaration: needed, coverFrom: result.effectiveDate ?? effectiveDate, reasons: result.reasons, meta, mainName: user.displayName });
}

async function writeEnrolment(
  db: Db,
  user: CurrentUser,
  ctx: FamilyContext,
  w: { input: AddMemberInput; cpr: string; knownPersonId: string | null; declaration: HealthDeclarationAnswers | null; coverFrom: string; reasons: Reason[]; meta: { ip: string; today: string; locale: Locale }; mainName: string },
): Promise<AddOutcome> {
  const { input, meta } = w;
  const pending = w.declaration !== null;
  const dueDate = addWorkingDays(meta.today, DECISION_TARGET_WORKING_DAYS);
  const adult = ageOn(input.birthDate, meta.today) >= ADULT_AGE;
  const email = input.email ? input.email.toLowerCase() : null;
  return db.$transaction(async (tx) => {
    const person = w.knownPersonId
      ? { id: w.knownPersonId, memberNumber: (await tx.person.findUniqueOrThrow({ where: { id: w.knownPersonId }, select: { memberNumber: true } })).memberNumber }
      : await tx.person.create({
          data: {
            memberNumber: memberNumberOf(await nextNumber(tx, "MEMBER", 0)), firstName: input.firstName, lastName: input.lastName,
            birthDate: dateColumn(input.birthDate), cprNumber: w.cpr, email,
          },
          select: { id: true, memberNumber: true },
        });
    const enrolment = await tx.enrolment.create({
      data: {
        personId: person.id, policyId: ctx.policy.id, role: STORED_ROLE[input.role], startDate: dateColumn(w.coverFrom), status: pending ? "PENDING" : "ACTIVE",
        waitingPeriodWaivers: [], createdByUserId: user.userId, idempotencyKey: input.idempotencyKey,
      },
    });
    const name = `${input.firstName} ${input.lastName}`;
    const details = { role: input.role, name, coverFrom: w.coverFrom, rules: [...new Set(w.reasons.map((r) => r.ruleId))].join(" ") };
    if (pending) {
      await tx.healthDeclaration.create({ data: { enrolmentId: enrolment.id, answers: w.declaration!, submittedByUserId: user.userId, dueDate: dateColumn(dueDate) } });
    }
    await recordPolicyEvent(tx, { policyId: ctx.policy.id, kind: pending ? "ENROLMENT_PENDING" : "MEMBER_ADDED", personId: person.id, actorUserId: user.userId, effectiveOn: w.coverFrom, details });
    await writeAudit(tx, { actorUserId: user.userId, action: pending ? "family.enrolment_pending" : "family.member_added", subjectType: "Enrolment", subjectId: enrolment.id, personId: person.id, ip: meta.ip, metadata: details });
    const invite = !pending && adult && email !== null;
    if (invite) {
      await inviteToOwnLogin(tx, {
        personId: person.id, email: email!,
        mail: (code) => invitationMail({ to: email!, name, invitedBy: w.mainName, memberNumber: person.memberNumber, code, locale: meta.locale }),
      });
      await recordPolicyEvent(tx, { policyId: ctx.policy.id, kind: "INVITED", personId: person.id, actorUserId: user.userId, effectiveOn: meta.today, details: { email: email! } });
    }
    return pending
      ? { outcome: "pending" as const, personId: person.id, dueDate, reasons: w.reasons }
      : { outcome: "added" as const, personId: person.id, coverFrom: w.coverFrom, invited: invite, reasons: w.reasons };
  });
}

/** Member numbers are 8 digits (the activation form asks for 8); online additions are the 3… range. */
function memberNumberOf(seriesNumber: string): string {
  const value = Number(seriesNumber.split("-").pop());
  return `3${String(value).padStart(7, "0")}`;
}
