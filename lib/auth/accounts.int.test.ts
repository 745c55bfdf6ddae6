import { describe, expect, it } from "vitest";
import { createMember, createPerson, createUser, testDb } from "../testing/db";
import { activateAccount, changePassword, findValidResetToken, issueActivationCode, requestPasswordReset, resetPassword } from "./accounts";
import { verifySecret } from "./password";
import { createSession, resolveSession } from "./sessions";

const NEW_PASSWORD = "Brand-New-Pass-7";

async function person() {
  return createPerson({ memberNumber: String(Math.floor(10_000_000 + Math.random() * 89_999_999)) });
}

describe("activateAccount (ACC-1)", () => {
  it("creates the member's account with the chosen e-mail and password and uses up the code", async () => {
    const p = await person();
    const code = await issueActivationCode(testDb(), p.id);
    const result = await activateAccount(testDb(), { memberNumber: p.memberNumber, activationCode: code, email: "new.member@example.test", password: NEW_PASSWORD, ip: "10.0.0.1" });
    expect(result.ok).toBe(true);
    const user = await testDb().user.findUniqueOrThrow({ where: { email: "new.member@example.test" } });
    expect(user.personId).toBe(p.id);
    expect(user.roles).toEqual(["MEMBER"]);
    expect(await verifySecret(user.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await testDb().activationCode.count({ where: { personId: p.id, usedAt: null } })).toBe(0);
  });

  it.each([
    ["a wrong code", (code: string) => ({ code: code === "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA", number: undefined })],
    ["an unknown member number", (code: string) => ({ code, number: "99999998" })],
  ])("refuses %s with the same message on the code field", async (_case, change) => {
    const p = await person();
    const code = await issueActivationCode(testDb(), p.id);
    const altered = change(code);
    const result = await activateAccount(testDb(), { memberNumber: altered.number ?? p.memberNumber, activationCode: altered.code, email: `${p.id}@example.test`, password: NEW_PASSWORD, ip: "10.0.0.2" });
    expect(result).toEqual({ ok: false, field: "activationCode", messageKey: "auth.errors.activationInvalid" });
  });

  it("refuses a code a second time, and an e-mail another account owns", async () => {
    const p = await person();
    const code = await issueActivationCode(testDb(), p.id);
    const input = { memberNumber: p.memberNumber, activationCode: code, email: `${p.id}@example.test`, password: NEW_PASSWORD, ip: "10.0.0.3" };
    expect((await activateAccount(testDb(), input)).ok).toBe(true);
    expect(await activateAccount(testDb(), input)).toMatchObject({ ok: false, messageKey: "auth.errors.activationInvalid" });

    const other = await person();
    const otherCode = await issueActivationCode(testDb(), other.id);
    expect(await activateAccount(testDb(), { ...input, memberNumber: other.memberNumber, activationCode: otherCode })).toEqual({
      ok: false,
      field: "email",
      messageKey: "auth.errors.emailTaken",
    });
  });

  it("refuses an expired code", async () => {
    const p = await person();
    const code = await issueActivationCode(testDb(), p.id, undefined, -1);
    expect((await activateAccount(testDb(), { memberNumber: p.memberNumber, activationCode: code, email: `${p.id}@example.test`, password: NEW_PASSWORD, ip: "10.0.0.4" })).ok).toBe(false);
  });

  it("throttles guessing after 5 wrong codes for one member number", async () => {
    const p = await person();
    const code = await issueActivationCode(testDb(), p.id);
    for (let i = 0; i < 5; i++) {
      await activateAccount(testDb(), { memberNumber: p.memberNumber, activationCode: "ZZZZZZZZ", email: `${p.id}@example.test`, password: NEW_PASSWORD, ip: `10.9.0.${i}` });
    }
    expect(await activateAccount(testDb(), { memberNumber: p.memberNumber, activationCode: code, email: `${p.id}@example.test`, password: NEW_PASSWORD, ip: "10.9.1.1" })).toEqual({
      ok: false,
      messageKey: "auth.errors.tooManyAttempts",
    });
  });
});

describe("password reset", () => {
  async function requestFor(email: string) {
    await requestPasswordReset(testDb(), { email, appUrl: "http://portal.test", locale: "en", ip: "10.0.1.1" });
    const mail = await testDb().outboundEmail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
    const token = mail?.textBody.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
    return { mail, token };
  }

  it("queues a mail with a one-time link, and the link sets a new password and ends all sessions", async () => {
    const { user } = await createMember({ password: "Old-Password-1" });
    const session = await createSession(testDb(), user.id, {});
    const { mail, token } = await requestFor(user.email);
    expect(mail?.subject).toBe("Reset your Member Portal password");
    expect(mail?.status).toBe("PENDING");
    expect(token).toBeDefined();
    expect(await findValidResetToken(testDb(), token!)).not.toBeNull();

    expect(await resetPassword(testDb(), { token: token!, password: NEW_PASSWORD, ip: "10.0.1.2" })).toEqual({ ok: true });
    const updated = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifySecret(updated.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await resolveSession(testDb(), session.id)).toBeNull();
    expect(await resetPassword(testDb(), { token: token!, password: "Another-Pass-9", ip: "10.0.1.2" })).toMatchObject({ ok: false, messageKey: "auth.errors.resetLinkInvalid" });
  });

  it("queues nothing for an unknown address and at most 3 links an hour", async () => {
    await requestFor("ghost@example.test");
    expect(await testDb().outboundEmail.count({ where: { to: "ghost@example.test" } })).toBe(0);
    const user = await createUser({ password: "Old-Password-1" });
    for (let i = 0; i < 5; i++) await requestFor(user.email);
    expect(await testDb().outboundEmail.count({ where: { to: user.email } })).toBe(3);
  });

  it("using the newer link voids the older one (and the other way round)", async () => {
    const user = await createUser({ password: "Old-Password-1" });
    const older = await requestFor(user.email);
    const newer = await requestFor(user.email);
    expect(older.token).not.toBe(newer.token);
    expect(await resetPassword(testDb(), { token: newer.token!, password: NEW_PASSWORD, ip: "10.0.1.4" })).toEqual({ ok: true });
    expect(await findValidResetToken(testDb(), older.token!)).toBeNull();
    expect(await resetPassword(testDb(), { token: older.token!, password: "Another-Pass-9", ip: "10.0.1.4" })).toMatchObject({ ok: false, messageKey: "auth.errors.resetLinkInvalid" });

    const other = await createUser({ password: "Old-Password-1" });
    const first = await requestFor(other.email);
    const second = await requestFor(other.email);
    expect(await resetPassword(testDb(), { token: first.token!, password: NEW_PASSWORD, ip: "10.0.1.4" })).toEqual({ ok: true });
    expect(await findValidResetToken(testDb(), second.token!)).toBeNull();
  });

  it("refuses an expired link", async () => {
    const user = await createUser({ password: "Old-Password-1" });
    const { token } = await requestFor(user.email);
    await testDb().passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword(testDb(), { token: token!, password: NEW_PASSWORD, ip: "10.0.1.3" })).toMatchObject({ ok: false });
  });
});

describe("changePassword", () => {
  it("needs the current password, then keeps this session and ends the others", async () => {
    const user = await createUser({ password: "Old-Password-1" });
    const current = await createSession(testDb(), user.id, {});
    const other = await createSession(testDb(), user.id, {});
    expect(await changePassword(testDb(), { userId: user.id, sessionId: current.id, currentPassword: "Wrong-1234", password: NEW_PASSWORD, ip: "x" })).toEqual({
      ok: false,
      field: "currentPassword",
      messageKey: "auth.errors.currentPasswordWrong",
    });
    expect(await changePassword(testDb(), { userId: user.id, sessionId: current.id, currentPassword: "Old-Password-1", password: NEW_PASSWORD, ip: "x" })).toEqual({ ok: true });
    expect(await resolveSession(testDb(), current.id)).not.toBeNull();
    expect(await resolveSession(testDb(), other.id)).toBeNull();
  });
});
