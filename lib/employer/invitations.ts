import "server-only";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import { linkTokenHash } from "../auth/link-token";
import { hashSecret } from "../auth/password";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import { recordEmployerChange } from "./history";
import { EmployerRefusal } from "./refusal";

/**
 * Accepting an admin invitation (issue 12 point 8). The token in the link is the only proof: it
 * is looked up by its sha256, must be unused, unrevoked and unexpired, and is claimed with a
 * conditional update, so it works once. Someone new chooses a name and password (as the ACC-1
 * activation does) and is signed in; someone with an account signs in as the invited address and
 * accepts, and their account gains the employer role for this employer only.
 */
export interface InvitationView {
  email: string;
  employerName: string;
  right: "VIEW" | "MANAGE";
  hasAccount: boolean;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function validInvitation(db: Pick<Db, "employerAdminInvitation">, token: string) {
  const row = await db.employerAdminInvitation.findUnique({ where: { tokenHash: linkTokenHash(token) }, include: { employer: { select: { name: true } } } });
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= new Date()) return null;
  return row;
}

export async function findInvitation(db: Db, token: string): Promise<InvitationView | null> {
  const row = await validInvitation(db, token);
  if (!row) return null;
  const account = await db.user.findUnique({ where: { email: row.email }, select: { passwordHash: true } });
  return { email: row.email, employerName: row.employer.name, right: row.right, hasAccount: Boolean(account?.passwordHash) };
}

/** Claims the invitation (once) and gives the user the right, with history and audit, inside the caller's transaction. */
async function join(tx: Tx, invitationId: string, user: { id: string; email: string }, ip: string): Promise<void> {
  const now = new Date();
  const claimed = await tx.employerAdminInvitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now, acceptedByUserId: user.id } });
  if (claimed.count !== 1) throw new EmployerRefusal("employerAdmins.errors.invitationInvalid");
  const invitation = await tx.employerAdminInvitation.findUniqueOrThrow({ where: { id: invitationId }, select: { employerId: true, right: true } });
  await tx.employerAdmin.upsert({
    where: { employerId_userId: { employerId: invitation.employerId, userId: user.id } },
    create: { employerId: invitation.employerId, userId: user.id, right: invitation.right },
    update: { right: invitation.right },
  });
  await recordEmployerChange(tx, { employerId: invitation.employerId, actorUserId: user.id, change: { kind: "admin_joined", email: user.email, right: invitation.right } });
  await writeAudit(tx, { actorUserId: user.id, action: "employer.admin_joined", subjectType: "EmployerAdminInvitation", subjectId: invitationId, ip });
}

/** Someone without an account: a new user with the employer role, a password and the right. */
export async function acceptAsNewUser(db: Db, input: { token: string; displayName: string; password: string }, meta: { ip: string; locale: Locale }): Promise<{ email: string }> {
  const invitation = await validInvitation(db, input.token);
  if (!invitation) throw new EmployerRefusal("employerAdmins.errors.invitationInvalid");
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new EmployerRefusal("employerAdmins.errors.signInToAccept");
  const passwordHash = await hashSecret(input.password);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const user = await tx.user.create({
      data: { email: invitation.email, displayName: input.displayName, roles: ["EMPLOYER_ADMIN"], employerId: invitation.employerId, passwordHash, activatedAt: now, passwordChangedAt: now, locale: meta.locale },
    });
    await join(tx, invitation.id, user, meta.ip);
  });
  return { email: invitation.email };
}

/** A signed-in user accepts an invitation to their own address; an admin of another employer is refused (one employer per account). */
export async function acceptAsExistingUser(db: Db, current: Pick<CurrentUser, "userId" | "email">, token: string, meta: { ip: string }): Promise<void> {
  const invitation = await validInvitation(db, token);
  if (!invitation) throw new EmployerRefusal("employerAdmins.errors.invitationInvalid");
  if (invitation.email !== current.email) throw new EmployerRefusal("employerAdmins.errors.wrongAccount");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: current.userId }, select: { id: true, email: true, roles: true, employerId: true } });
    if (user.employerId && user.employerId !== invitation.employerId) throw new EmployerRefusal("employerAdmins.errors.otherEmployer");
    await tx.user.update({ where: { id: user.id }, data: { employerId: invitation.employerId, roles: { set: [...new Set([...user.roles, "EMPLOYER_ADMIN" as const])] } } });
    await join(tx, invitation.id, user, meta.ip);
  });
}
