import { describe, expect, it } from "vitest";
import { createMember, createUser, testDb } from "../testing/db";
import { requestPasswordReset, resetPassword } from "./accounts";
import { signInWithPassword } from "./credentials";
import { clientIp, parseTrustedProxies } from "./request-meta";
import { createSession, disableAccount, resolveSession, revokeAllSessions, revokeSession } from "./sessions";
import { ACCOUNT_FAILURES_PER_HOUR } from "./throttle";

const PASSWORD = "Correct-Horse-42";
const minutes = (n: number) => n * 60_000;

describe("signInWithPassword", () => {
  it("creates a server-side session and an audit event for the right password", async () => {
    const { user } = await createMember({ password: PASSWORD });
    const outcome = await signInWithPassword(testDb(), { email: user.email.toUpperCase(), password: PASSWORD, ip: "10.0.0.1" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const session = await testDb().session.findUniqueOrThrow({ where: { id: outcome.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(await testDb().auditEvent.count({ where: { action: "auth.signIn", actorUserId: user.id } })).toBe(1);
  });

  it.each([
    ["wrong password", async () => (await createUser({ password: PASSWORD })).email, "Wrong-Password-1"],
    ["unknown e-mail", async () => "nobody@example.test", PASSWORD],
    ["account never activated", async () => (await createUser({})).email, PASSWORD],
  ])("answers the same 'invalid' for %s", async (_case, emailOf, password) => {
    const outcome = await signInWithPassword(testDb(), { email: await emailOf(), password, ip: "10.0.0.2" });
    expect(outcome).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account from one IP after 5 failures there, even with the right password, and records each attempt", async () => {
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: "10.1.0.1" })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.1.0.1" })).toEqual({ ok: false, reason: "throttled" });
    expect(await testDb().loginAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(5);
  });

  it("does not let a stranger's 5 failures from one IP lock the owner out from another", async () => {
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i < 5; i++) await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: "10.1.1.1" });
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.1.1.1" })).toEqual({ ok: false, reason: "throttled" });
    expect((await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.1.1.2" })).ok).toBe(true);
    // The owner's success clears only their own address's failures: the stranger stays refused.
    expect(await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: "10.1.1.1" })).toEqual({ ok: false, reason: "throttled" });
  });

  it(`throttles an account from everywhere after ${ACCOUNT_FAILURES_PER_HOUR} failures in an hour across IPs`, async () => {
    const user = await createUser({ password: PASSWORD });
    const earlier = new Date(Date.now() - minutes(40));
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: ACCOUNT_FAILURES_PER_HOUR - 1 }, (_, i) => ({ email: user.email, ip: `10.1.2.${i}`, succeeded: false, createdAt: earlier })),
    });
    expect((await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.1.3.1" })).ok).toBe(true);
    expect(await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: "10.1.3.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.1.3.3" })).toEqual({ ok: false, reason: "throttled" });

    // The reset link still works while the account is refused, and lets the owner back in.
    await requestPasswordReset(testDb(), { email: user.email, appUrl: "http://portal.test", locale: "en", ip: "10.1.3.3" });
    const mail = await testDb().outboundEmail.findFirst({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    const token = mail?.textBody.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();
    expect(await resetPassword(testDb(), { token: token!, password: "New-Password-77", ip: "10.1.3.3" })).toEqual({ ok: true });
    expect((await signInWithPassword(testDb(), { email: user.email, password: "New-Password-77", ip: "10.1.3.3" })).ok).toBe(true);
  });

  it("does not reset an IP's count when the client rotates X-Forwarded-For and no proxy is trusted", async () => {
    const from = (i: number) => clientIp(new Headers({ "x-portal-peer": "203.0.113.9", "x-forwarded-for": `198.51.100.${i}` }), parseTrustedProxies(""));
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i < 5; i++) await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: from(i) });
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: from(99) })).toEqual({ ok: false, reason: "throttled" });
    for (let i = 0; i < 15; i++) await signInWithPassword(testDb(), { email: `rotate${i}@example.test`, password: "x", ip: from(100 + i) });
    const other = await createUser({ password: PASSWORD });
    expect(await signInWithPassword(testDb(), { email: other.email, password: PASSWORD, ip: from(200) })).toEqual({ ok: false, reason: "throttled" });
    expect(await testDb().loginAttempt.count({ where: { ip: "203.0.113.9" } })).toBe(20);
  });

  it("throttles an IP after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++) await signInWithPassword(testDb(), { email: `probe${i}@example.test`, password: "x", ip: "10.2.0.1" });
    const user = await createUser({ password: PASSWORD });
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.2.0.1" })).toEqual({ ok: false, reason: "throttled" });
    expect((await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.2.0.2" })).ok).toBe(true);
  });

  it("tells a disabled account apart only when the password is right", async () => {
    const user = await createUser({ password: PASSWORD, disabledAt: new Date() });
    expect(await signInWithPassword(testDb(), { email: user.email, password: "Wrong-Password-1", ip: "10.3.0.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(testDb(), { email: user.email, password: PASSWORD, ip: "10.3.0.1" })).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("resolveSession", () => {
  it("returns the member with name, member number, policy number and roles", async () => {
    const { user, person, policy } = await createMember({ password: PASSWORD });
    const session = await createSession(testDb(), user.id, { ip: "10.4.0.1" });
    const current = await resolveSession(testDb(), session.id);
    expect(current).toMatchObject({
      userId: user.id,
      sessionId: session.id,
      roles: ["MEMBER"],
      person: { id: person.id, memberNumber: person.memberNumber },
      policyNumber: policy.number,
    });
  });

  it.each([
    ["revoked (logout)", async (db: ReturnType<typeof testDb>, id: string) => revokeSession(db, id), 0],
    ["idle for longer than 30 minutes", async () => {}, minutes(31)],
    ["past the absolute limit of 12 hours", async (db: ReturnType<typeof testDb>, id: string) => {
      await db.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    }, 0],
  ])("refuses a session %s", async (_case, mutate, idleMs) => {
    const user = await createUser({ password: PASSWORD });
    const session = await createSession(testDb(), user.id, {}, new Date(Date.now() - idleMs));
    await mutate(testDb(), session.id);
    expect(await resolveSession(testDb(), session.id)).toBeNull();
  });

  it("keeps an active session alive and moves lastSeenAt forward", async () => {
    const user = await createUser({ password: PASSWORD });
    const session = await createSession(testDb(), user.id, {}, new Date(Date.now() - minutes(20)));
    expect(await resolveSession(testDb(), session.id)).not.toBeNull();
    const touched = await testDb().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(session.lastSeenAt.getTime());
  });

  it("ends every session of a disabled account at once", async () => {
    const user = await createUser({ password: PASSWORD });
    const a = await createSession(testDb(), user.id, {});
    const b = await createSession(testDb(), user.id, {});
    await disableAccount(testDb(), user.id);
    expect(await resolveSession(testDb(), a.id)).toBeNull();
    expect(await resolveSession(testDb(), b.id)).toBeNull();
    expect(await testDb().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("revokes all other sessions but keeps the one asked to keep", async () => {
    const user = await createUser({ password: PASSWORD });
    const keep = await createSession(testDb(), user.id, {});
    const other = await createSession(testDb(), user.id, {});
    expect(await revokeAllSessions(testDb(), user.id, { except: keep.id })).toBe(1);
    expect(await resolveSession(testDb(), keep.id)).not.toBeNull();
    expect(await resolveSession(testDb(), other.id)).toBeNull();
  });

  it("rejects ids that are not session ids without querying", async () => {
    expect(await resolveSession(testDb(), "'; drop table users; --")).toBeNull();
  });
});
