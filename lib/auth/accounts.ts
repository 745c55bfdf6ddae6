import "server-only";
import crypto from "node:crypto";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import type { OutgoingMail } from "../mail/transport";
import { passwordResetMail } from "../mail/templates";
import { verifyActivationCode } from "./activation-code-hash";
import { linkTokenHash, newLinkToken } from "./link-token";
import { hashSecret, verifySecret } from "./password";
import { revokeAllSessions } from "./sessions";
import { checkThrottle, recordAttempt } from "./throttle";

export type AccountFailure = { ok: false; messageKey: string; field?: string };

const RESET_VALID_MINUTES = 60;
const RESETS_PER_HOUR = 3;
const ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 8 characters without look-alikes (no I/1, O/0), as printed on the membership letter. */
export function generateActivationCode(): string {
  const bytes = crypto.randomBytes(8);
  return Array.from(bytes, (b) => ACTIVATION_ALPHABET[b % ACTIVATION_ALPHABET.length]).join("");
}

export async function issueActivationCode(db: Db, personId: string, code = generateActivationCode(), validDays = 90): Promise<string> {
  await db.activationCode.create({
    data: { personId, codeHash: await hashSecret(code), expiresAt: new Date(Date.now() + validDays * 86_400_000) },
  });
  return code;
}

/**
 * ACC-1: the member proves who they are with member number + activation code and chooses
 * e-mail and password. A wrong number and a wrong code give the same answer.
 */
export async function activateAccount(
  db: Db,
  input: { memberNumber: string; activationCode: string; email: string; password: string; ip: string },
): Promise<{ ok: true; userId: string } | AccountFailure> {
  const key = `activation:${input.memberNumber}`;
  if ((await checkThrottle(db, key, input.ip)) === "throttled") return { ok: false, messageKey: "auth.errors.tooManyAttempts" };

  const now = new Date();
  const person = await db.person.findUnique({
    where: { memberNumber: input.memberNumber },
    include: { user: true, activationCodes: { where: { usedAt: null, expiresAt: { gt: now } } } },
  });
  let matched: string | undefined;
  for (const code of person?.activationCodes ?? []) {
    if (await verifyActivationCode(code.codeHash, code.personId, input.activationCode)) matched = code.id;
  }
  await recordAttempt(db, key, input.ip, Boolean(matched));
  if (!person || !matched) return { ok: false, field: "activationCode", messageKey: "auth.errors.activationInvalid" };
  if (person.user?.passwordHash) return { ok: false, messageKey: "auth.errors.alreadyActivated" };

  const emailOwner = await db.user.findUnique({ where: { email: input.email } });
  if (emailOwner && emailOwner.id !== person.user?.id) return { ok: false, field: "email", messageKey: "auth.errors.emailTaken" };

  const passwordHash = await hashSecret(input.password);
  const codeId = matched;
  const user = await db.$transaction(async (tx) => {
    const claimed = await tx.activationCode.updateMany({ where: { id: codeId, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null; // used by a concurrent request
    const data = { email: input.email, passwordHash, activatedAt: now, passwordChangedAt: now };
    const account = person.user
      ? await tx.user.update({ where: { id: person.user.id }, data: { ...data, roles: { set: [...new Set([...person.user.roles, "MEMBER" as const])] } } })
      : await tx.user.create({ data: { ...data, roles: ["MEMBER"], personId: person.id, displayName: `${person.firstName} ${person.lastName}` } });
    await tx.auditEvent.create({ data: { actorUserId: account.id, action: "auth.activate", subjectType: "User", subjectId: account.id, personId: person.id, ip: input.ip } });
    return account;
  });
  if (!user) return { ok: false, field: "activationCode", messageKey: "auth.errors.activationInvalid" };
  return { ok: true, userId: user.id };
}

/** Always looks the same from outside, whether or not the address has an account. */
export async function requestPasswordReset(db: Db, input: { email: string; appUrl: string; locale: Locale; ip: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user || user.disabledAt || !user.passwordHash) return;
  const recent = await db.passwordResetToken.count({ where: { userId: user.id, createdAt: { gt: new Date(Date.now() - 3_600_000) } } });
  if (recent >= RESETS_PER_HOUR) return;

  const token = newLinkToken();
  const link = new URL(`/reset-password/${token}`, input.appUrl).toString();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: linkTokenHash(token), expiresAt: new Date(Date.now() + RESET_VALID_MINUTES * 60_000) },
    });
    await enqueueEmail(tx, passwordResetMail({ to: user.email, name: user.displayName, link, locale: input.locale, validMinutes: RESET_VALID_MINUTES }));
    await tx.auditEvent.create({ data: { actorUserId: null, action: "auth.passwordResetRequested", subjectType: "User", subjectId: user.id, ip: input.ip } });
  });
}

export async function findValidResetToken(db: Db, token: string) {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: linkTokenHash(token) }, include: { user: true } });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt) return null;
  return row;
}

/** A reset ends every session: whoever knew the old password is signed out. */
export async function resetPassword(db: Db, input: { token: string; password: string; ip: string }): Promise<{ ok: true } | AccountFailure> {
  const row = await findValidResetToken(db, input.token);
  if (!row) return { ok: false, messageKey: "auth.errors.resetLinkInvalid" };
  const passwordHash = await hashSecret(input.password);
  const now = new Date();
  const done = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    // Using one link voids every other link of the account, older or newer.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.loginAttempt.deleteMany({ where: { email: row.user.email, succeeded: false } });
    await tx.auditEvent.create({ data: { actorUserId: row.userId, action: "auth.passwordReset", subjectType: "User", subjectId: row.userId, ip: input.ip } });
    return true;
  });
  return done ? { ok: true } : { ok: false, messageKey: "auth.errors.resetLinkInvalid" };
}

/** Other sessions end; the one changing the password stays signed in. */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; currentPassword: string; password: string; ip: string },
): Promise<{ ok: true } | AccountFailure> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!user.passwordHash || !(await verifySecret(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", messageKey: "auth.errors.currentPasswordWrong" };
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashSecret(input.password), passwordChangedAt: new Date() } });
  await revokeAllSessions(db, user.id, { except: input.sessionId });
  await db.auditEvent.create({ data: { actorUserId: user.id, action: "auth.passwordChanged", subjectType: "User", subjectId: user.id, ip: input.ip } });
  return { ok: true };
}

type InviteWriter = Pick<Db, "activationCode" | "outboundEmail" | "person">;

/** How long an activation code sent by e-mail (ACC-1: a family member, a joiner) stays valid. */
export const EMAILED_ACTIVATION_VALID_DAYS = 30;

/**
 * ACC-1 for a family member added online (an adult, or a child from the own-data age): an
 * activation code by e-mail, used on /activate with their member number like the letter's code.
 * The e-mail is kept on the person so the activation form can be prefilled by them. Runs inside
 * the caller's transaction, so the code and the mail exist together or not at all.
 */
export async function inviteToOwnLogin(
  tx: InviteWriter,
  input: { personId: string; email: string; mail: (code: string) => OutgoingMail & { template: string }; validDays?: number },
): Promise<void> {
  const code = generateActivationCode();
  await tx.person.update({ where: { id: input.personId }, data: { email: input.email } });
  await tx.activationCode.create({
    data: { personId: input.personId, codeHash: await hashSecret(code), expiresAt: new Date(Date.now() + (input.validDays ?? EMAILED_ACTIVATION_VALID_DAYS) * 86_400_000) },
  });
  await enqueueEmail(tx, input.mail(code));
}
