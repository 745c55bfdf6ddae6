import "server-only";
import { can, type Actor } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import { verifySecret } from "../auth/password";
import type { Db } from "../db/client";
import { ageOn } from "../rules/dates";
import { checkGrant, grantState, renewedPeriod, type GrantState } from "../rules/enrolment/grants";
import { isOnPolicy, loadFamilyOfPerson } from "./family-context";
import { recordPolicyEvent } from "./history";
import { FamilyRefusal } from "./refusal";
import type { GrantInput } from "./schemas";
import { dateColumn, isoDay } from "../db/date-column";

type Grantor = Pick<Actor, "roles" | "personId"> & { userId: string };

function grantorOf(user: CurrentUser): Grantor {
  return { userId: user.userId, roles: user.roles, personId: user.person?.id ?? null };
}

/** ACC-3: the grantor proves it is them by re-entering their password (a failed try is audited). */
async function confirmPassword(db: Db, user: CurrentUser, password: string, ip: string): Promise<void> {
  const row = await db.user.findUnique({ where: { id: user.userId }, select: { passwordHash: true } });
  if (row?.passwordHash && (await verifySecret(row.passwordHash, password))) return;
  await writeAudit(db, { actorUserId: user.userId, action: "consent.password_failed", subjectType: "User", subjectId: user.userId, ip });
  throw new FamilyRefusal("family.errors.passwordWrong", "password");
}

/**
 * Gives a consent (to see) or a power of attorney (to act) on the grantor's own health data to an
 * adult on the same policy: checked (own grant, period ≤ 12 months, grantee adult on the policy),
 * password re-entered, written with its audit row and policy event in one transaction. One valid
 * grant of a kind per grantee: a second submit is refused and points at renewing.
 */
export async function giveGrant(db: Db, user: CurrentUser, input: GrantInput, meta: { ip: string; today: string }): Promise<{ id: string }> {
  const grantor = grantorOf(user);
  const grantorPersonId = grantor.personId ?? "";
  if (!can(grantor, "consent.grant", { grantorPersonId })) throw new FamilyRefusal("family.errors.notFound");
  const family = await loadFamilyOfPerson(db, grantorPersonId, meta.today);
  const grantee = family?.members.find((m) => m.personId === input.granteePersonId && isOnPolicy(m, meta.today));
  const problems = checkGrant({
    today: meta.today,
    validFrom: input.validFrom,
    validTo: input.validTo,
    grantorPersonId,
    granteePersonId: input.granteePersonId,
    grantee: grantee ? { onPolicy: true, age: ageOn(grantee.birthDate, meta.today) } : undefined,
  });
  const first = problems[0];
  if (first) throw new FamilyRefusal(`family.errors.grant.${first.problem}`, first.field);
  await confirmPassword(db, user, input.password, meta.ip);

  const existing = await db.consent.findFirst({
    where: { grantorPersonId, granteePersonId: input.granteePersonId, kind: input.kind, withdrawnAt: null, OR: [{ validTo: null }, { validTo: { gte: dateColumn(meta.today) } }] },
  });
  if (existing) throw new FamilyRefusal("family.errors.grant.alreadyGiven", "kind");

  return db.$transaction(async (tx) => {
    const consent = await tx.consent.create({
      data: {
        kind: input.kind, scope: input.scope, grantorPersonId, granteePersonId: input.granteePersonId,
        validFrom: dateColumn(input.validFrom), validTo: dateColumn(input.validTo), givenByUserId: user.userId,
      },
    });
    const details = { kind: input.kind, scope: input.scope, grantee: `${grantee!.firstName} ${grantee!.lastName}`, validFrom: input.validFrom, validTo: input.validTo };
    await writeAudit(tx, { actorUserId: user.userId, action: "consent.given", subjectType: "Consent", subjectId: consent.id, personId: grantorPersonId, ip: meta.ip, metadata: details });
    await recordPolicyEvent(tx, { policyId: family!.policy.id, kind: "CONSENT_GIVEN", personId: grantorPersonId, actorUserId: user.userId, effectiveOn: input.validFrom, details });
    return { id: consent.id };
  });
}

async function ownConsent(db: Db, user: CurrentUser, consentId: string) {
  const consent = await db.consent.findUnique({ where: { id: consentId }, include: { grantee: { select: { firstName: true, lastName: true } } } });
  if (!consent || !can(grantorOf(user), "consent.withdraw", consent)) throw new FamilyRefusal("family.errors.notFound");
  return consent;
}

/** Withdrawn at once, with one click (ACC-3): the grantee's next request no longer sees the data. */
export async function withdrawGrant(db: Db, user: CurrentUser, consentId: string, meta: { ip: string; today: string }): Promise<void> {
  const consent = await ownConsent(db, user, consentId);
  const family = await loadFamilyOfPerson(db, consent.grantorPersonId, meta.today);
  await db.$transaction(async (tx) => {
    const done = await tx.consent.updateMany({ where: { id: consent.id, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    if (done.count !== 1) return; // withdrawn already (a double click)
    const details = { kind: consent.kind, grantee: `${consent.grantee.firstName} ${consent.grantee.lastName}` };
    await writeAudit(tx, { actorUserId: user.userId, action: "consent.withdrawn", subjectType: "Consent", subjectId: consent.id, personId: consent.grantorPersonId, ip: meta.ip, metadata: details });
    if (family) await recordPolicyEvent(tx, { policyId: family.policy.id, kind: "CONSENT_WITHDRAWN", personId: consent.grantorPersonId, actorUserId: user.userId, effectiveOn: meta.today, details });
  });
}

/** Renewed for another period of at most 12 months, password re-entered (ACC-3). */
export async function renewGrant(db: Db, user: CurrentUser, input: { consentId: string; password: string }, meta: { ip: string; today: string }): Promise<void> {
  const consent = await ownConsent(db, user, input.consentId);
  if (consent.withdrawnAt) throw new FamilyRefusal("family.errors.grant.withdrawn");
  await confirmPassword(db, user, input.password, meta.ip);
  const period = renewedPeriod(meta.today, consent.validFrom ? isoDay(consent.validFrom) : meta.today);
  const family = await loadFamilyOfPerson(db, consent.grantorPersonId, meta.today);
  await db.$transaction(async (tx) => {
    await tx.consent.update({ where: { id: consent.id }, data: { validFrom: dateColumn(period.validFrom), validTo: dateColumn(period.validTo), renewedAt: new Date() } });
    const details = { kind: consent.kind, ...period };
    await writeAudit(tx, { actorUserId: user.userId, action: "consent.renewed", subjectType: "Consent", subjectId: consent.id, personId: consent.grantorPersonId, ip: meta.ip, metadata: details });
    if (family) await recordPolicyEvent(tx, { policyId: family.policy.id, kind: "CONSENT_RENEWED", personId: consent.grantorPersonId, actorUserId: user.userId, effectiveOn: period.validFrom, details });
  });
}

export interface GrantUse {
  action: string;
  at: string;
}

export interface GrantView {
  id: string;
  kind: "HEALTH_DATA_SHARING" | "POWER_OF_ATTORNEY";
  scope: "ALL" | "CLAIMS";
  otherName: string;
  validFrom: string | null;
  validTo: string | null;
  state: GrantState;
  givenAt: string;
  withdrawnAt: string | null;
  /** Given: what the grantee did with the grantor's data (audit rows), newest first. */
  uses: GrantUse[];
}

/**
 * The grants a person gave (each with its uses: every audited read or action by the grantee on the
 * grantor's data since it was given) and the grants they received.
 */
export async function listGrants(db: Db, personId: string, today: string): Promise<{ given: GrantView[]; received: GrantView[] }> {
  const rows = await db.consent.findMany({
    where: { OR: [{ grantorPersonId: personId }, { granteePersonId: personId }] },
    orderBy: { givenAt: "desc" },
    include: {
      grantor: { select: { firstName: true, lastName: true } },
      grantee: { select: { firstName: true, lastName: true, user: { select: { id: true } } } },
    },
  });
  const given = rows.filter((r) => r.grantorPersonId === personId);
  const granteeUserIds = [...new Set(given.map((r) => r.grantee.user?.id).filter((id): id is string => Boolean(id)))];
  const uses = granteeUserIds.length
    ? await db.auditEvent.findMany({
        where: { personId, actorUserId: { in: granteeUserIds }, action: { notIn: ["consent.given", "consent.withdrawn", "consent.renewed"] } },
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { action: true, actorUserId: true, createdAt: true },
      })
    : [];
  const view = (row: (typeof rows)[number], mine: boolean): GrantView => {
    const validFrom = row.validFrom ? isoDay(row.validFrom) : null;
    const validTo = row.validTo ? isoDay(row.validTo) : null;
    const other = mine ? row.grantee : row.grantor;
    const until = row.withdrawnAt ?? new Date(8.64e15);
    return {
      id: row.id, kind: row.kind, scope: row.scope, otherName: `${other.firstName} ${other.lastName}`, validFrom, validTo,
      state: grantState({ validFrom, validTo, withdrawn: row.withdrawnAt !== null }, today),
      givenAt: row.givenAt.toISOString(), withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      uses: mine
        ? uses.filter((u) => u.actorUserId === row.grantee.user?.id && u.createdAt >= row.givenAt && u.createdAt <= until).slice(0, 20).map((u) => ({ action: u.action, at: u.createdAt.toISOString() }))
        : [],
    };
  };
  return { given: given.map((r) => view(r, true)), received: rows.filter((r) => r.granteePersonId === personId).map((r) => view(r, false)) };
}
