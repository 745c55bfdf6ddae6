import "server-only";
import { can, decide, employerActor, type EmployerRight } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import { linkTokenHash, newLinkToken } from "../auth/link-token";
import type { Db } from "../db/client";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { toLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { adminInvitationMail } from "./admin-mails";
import type { InviteAdminInput } from "./admin-schemas";
import { recordEmployerChange } from "./history";
import { EmployerRefusal } from "./refusal";

/**
 * Issue 12 point 8: the admins of an employer and their rights. A MANAGE admin invites others by
 * e-mail (view or manage, for this employer only), changes a right and removes an admin; the
 * employer never loses its last MANAGE admin. Every decision is can() on the employer and admin
 * rows as loaded here, never on an id the client sent alone. Each change writes the history row,
 * the audit row and (an invitation) the mail in one transaction.
 */
export const INVITATION_VALID_DAYS = 7;

type AdminUser = Pick<CurrentUser, "userId" | "roles" | "employer" | "displayName">;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface AdminsView {
  employer: { id: string; name: string };
  canManage: boolean;
  admins: { id: string; name: string; email: string; right: EmployerRight; self: boolean }[];
  invitations: { id: string; email: string; right: EmployerRight; expiresAt: string }[];
}

/** The admin's own employer as loaded, authorised for the action (404-like refusal otherwise). */
export async function ownEmployer(db: Db, user: AdminUser, action: "employer.view" | "employer.manage"): Promise<{ id: string; name: string }> {
  const employer = user.employer ? await db.employer.findUnique({ where: { id: user.employer.id }, select: { id: true, name: true } }) : null;
  if (!employer || !can(employerActor(user), action, { employerId: employer.id })) throw new EmployerRefusal("employerAdmins.errors.forbidden");
  return employer;
}

export async function listAdmins(db: Db, user: AdminUser): Promise<AdminsView> {
  const employer = await ownEmployer(db, user, "employer.view");
  const [admins, invitations] = await Promise.all([
    db.employerAdmin.findMany({ where: { employerId: employer.id }, orderBy: { createdAt: "asc" }, select: { id: true, right: true, userId: true, user: { select: { displayName: true, email: true } } } }),
    db.employerAdminInvitation.findMany({
      where: { employerId: employer.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" }, select: { id: true, email: true, right: true, expiresAt: true },
    }),
  ]);
  return {
    employer,
    canManage: can(employerActor(user), "employer.manage", { employerId: employer.id }),
    admins: admins.map((a) => ({ id: a.id, name: a.user.displayName, email: a.user.email, right: a.right, self: a.userId === user.userId })),
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

/** Invite by e-mail: a link with a one-time token (its sha256 stored), valid 7 days; an earlier open invitation to the address is voided. */
export async function inviteAdmin(db: Db, user: AdminUser, input: InviteAdminInput, meta: { ip: string; locale: Locale }): Promise<void> {
  const employer = await ownEmployer(db, user, "employer.manage");
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, employerId: true, locale: true, employerAdminRights: { where: { employerId: employer.id }, select: { id: true } } } });
  if (existing?.employerAdminRights.length) throw new EmployerRefusal("employerAdmins.errors.alreadyAdmin", "email");
  // A user administers one employer (the session carries one): another employer's admin is refused.
  if (existing?.employerId && existing.employerId !== employer.id) throw new EmployerRefusal("employerAdmins.errors.otherEmployer", "email");
  const token = newLinkToken();
  const link = new URL(`/employer-invitation/${token}`, env().APP_URL).toString();
  await db.$transaction(async (tx) => {
    await tx.employerAdminInvitation.updateMany({ where: { employerId: employer.id, email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const invitation = await tx.employerAdminInvitation.create({
      data: { employerId: employer.id, email: input.email, right: input.right, tokenHash: linkTokenHash(token), invitedByUserId: user.userId, expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000) },
    });
    // The invitee's own language when they have an account, else the inviting admin's.
    const locale = existing ? toLocale(existing.locale) : meta.locale;
    await enqueueEmail(tx, adminInvitationMail({ to: input.email, employer: employer.name, invitedBy: user.displayName, right: input.right, link, validDays: INVITATION_VALID_DAYS, locale }));
    await recordEmployerChange(tx, { employerId: employer.id, actorUserId: user.userId, change: { kind: "admin_invited", email: input.email, right: input.right } });
    await writeAudit(tx, { actorUserId: user.userId, action: "employer.admin_invited", subjectType: "EmployerAdminInvitation", subjectId: invitation.id, ip: meta.ip, metadata: { right: input.right } });
  });
}

/** The admin row, loaded with the employer's admins locked, so two removals cannot leave it without a MANAGE admin. */
async function lockedAdmin(tx: Tx, adminId: string) {
  const row = await tx.employerAdmin.findUnique({ where: { id: adminId }, select: { id: true, employerId: true, userId: true, right: true, user: { select: { email: true, employerId: true, roles: true } } } });
  if (!row) throw new EmployerRefusal("employerAdmins.errors.notFound");
  const rights = await tx.$queryRaw<{ right: EmployerRight }[]>`SELECT "right"::text AS "right" FROM "EmployerAdmin" WHERE "employerId" = ${row.employerId}::uuid FOR UPDATE`;
  return { row, manageAdmins: rights.filter((r) => r.right === "MANAGE").length };
}

/** A refusal from can(): the last manager has its own message; another employer's admin does not exist. */
function refuseUnless(decision: ReturnType<typeof decide>): void {
  if (decision.allowed) return;
  if (decision.reason === "last-manager") throw new EmployerRefusal("employerAdmins.errors.lastManager");
  throw new EmployerRefusal(decision.reason === "employer-right" ? "employerAdmins.errors.forbidden" : "employerAdmins.errors.notFound");
}

export async function changeAdminRight(db: Db, user: AdminUser, input: { adminId: string; right: EmployerRight }, meta: { ip: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { row, manageAdmins } = await lockedAdmin(tx, input.adminId);
    const resource = { employerId: row.employerId, right: row.right, manageAdmins };
    // Taking a manage right away is a revoke (never the last one); giving one needs manage.
    refuseUnless(input.right === "VIEW" ? decide(employerActor(user), "employer.admin.revoke", resource) : decide(employerActor(user), "employer.manage", resource));
    if (row.right === input.right) return;
    await tx.employerAdmin.update({ where: { id: row.id }, data: { right: input.right } });
    await recordEmployerChange(tx, { employerId: row.employerId, actorUserId: user.userId, change: { kind: "admin_right_changed", email: row.user.email, from: row.right, to: input.right } });
    await writeAudit(tx, { actorUserId: user.userId, action: "employer.admin_right_changed", subjectType: "EmployerAdmin", subjectId: row.id, ip: meta.ip, metadata: { from: row.right, to: input.right } });
  });
}

/** Removes the admin's right; the account keeps its other roles but no longer reaches the employer area. */
export async function removeAdmin(db: Db, user: AdminUser, input: { adminId: string }, meta: { ip: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { row, manageAdmins } = await lockedAdmin(tx, input.adminId);
    refuseUnless(decide(employerActor(user), "employer.admin.revoke", { employerId: row.employerId, right: row.right, manageAdmins }));
    await tx.employerAdmin.delete({ where: { id: row.id } });
    if (row.user.employerId === row.employerId) {
      await tx.user.update({ where: { id: row.userId }, data: { employerId: null, roles: { set: row.user.roles.filter((r) => r !== "EMPLOYER_ADMIN") } } });
    }
    await recordEmployerChange(tx, { employerId: row.employerId, actorUserId: user.userId, change: { kind: "admin_removed", email: row.user.email } });
    await writeAudit(tx, { actorUserId: user.userId, action: "employer.admin_removed", subjectType: "EmployerAdmin", subjectId: row.id, ip: meta.ip });
  });
}
