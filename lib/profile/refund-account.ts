import "server-only";
import { verifySecret } from "../auth/password";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { formatDateTime } from "../i18n/format";
import { toLocale } from "../i18n/config";
import { enqueueEmail, kickOutbox } from "../mail/outbox";
import { Refusal } from "../server/refusal";
import { refundAccountChangedMail } from "./mail";
import { maskedAccount, storedAccount, type RefundAccountInput } from "./refund-account-schema";

/**
 * The member changes the account refunds are paid to: only after re-entering their password;
 * the person row, the audit entry and the "it changed" e-mail are written in one transaction
 * (all or nothing), the mail sent after commit. Only the member's own person is changed — the
 * one their session names, never an id from the form.
 */
export async function changeRefundAccount(db: Db, user: CurrentUser, input: RefundAccountInput, context: { ip: string; now?: Date }): Promise<{ masked: string }> {
  if (!user.person) throw new Refusal("profile.errors.noPerson");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true, email: true, locale: true, personId: true } });
  if (account.personId !== user.person.id) throw new Refusal("profile.errors.noPerson");
  if (!account.passwordHash || !(await verifySecret(account.passwordHash, input.currentPassword))) {
    await db.auditEvent.create({ data: { actorUserId: user.userId, action: "profile.refundAccountRefused", subjectType: "Person", subjectId: user.person.id, personId: user.person.id, ip: context.ip } });
    throw new Refusal("profile.errors.passwordWrong", "currentPassword");
  }
  const now = context.now ?? new Date();
  const stored = storedAccount(input);
  const masked = maskedAccount(stored)!;
  const personId = user.person.id;
  await db.$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { bankRegNo: true, bankAccountNo: true, iban: true } });
    await tx.person.update({ where: { id: personId }, data: { ...stored, bankAccountChangedAt: now } });
    await tx.auditEvent.create({
      data: { actorUserId: user.userId, action: "profile.refundAccountChanged", subjectType: "Person", subjectId: personId, personId, ip: context.ip, metadata: { from: maskedAccount(before), to: masked } },
    });
    await enqueueEmail(tx, refundAccountChangedMail({ to: account.email, name: user.displayName, locale: account.locale, masked, at: formatDateTime(now, toLocale(account.locale)) }));
  });
  kickOutbox(db);
  return { masked };
}

export interface ProfileView {
  name: string;
  memberNumber: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  refundAccount: string | null;
  /** Which kind the form opens with. */
  accountType: "dk" | "iban";
  refundAccountChangedAt: string | null;
}

/** The member's own contact details and masked refund account (their own person only). */
export async function loadProfile(db: Db, user: CurrentUser): Promise<ProfileView | null> {
  if (!user.person) return null;
  const person = await db.person.findUniqueOrThrow({
    where: { id: user.person.id },
    select: { firstName: true, lastName: true, memberNumber: true, email: true, phone: true, addressLine: true, postalCode: true, city: true, bankRegNo: true, bankAccountNo: true, iban: true, bankAccountChangedAt: true },
  });
  const address = [person.addressLine, [person.postalCode, person.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    name: `${person.firstName} ${person.lastName}`,
    memberNumber: person.memberNumber,
    email: person.email ?? user.email,
    phone: person.phone,
    address: address || null,
    refundAccount: maskedAccount(person),
    accountType: person.iban ? "iban" : "dk",
    refundAccountChangedAt: person.bankAccountChangedAt?.toISOString() ?? null,
  };
}
