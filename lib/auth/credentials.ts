import "server-only";
import type { Db } from "../db/client";
import { burnVerification, verifySecret } from "./password";
import { createSession } from "./sessions";
import { checkSignInThrottle, recordAttempt } from "./throttle";

export type SignInFailure = "invalid" | "throttled" | "disabled";
export type SignInOutcome = { ok: true; userId: string; sessionId: string } | { ok: false; reason: SignInFailure };

/**
 * Unknown e-mail and wrong password are indistinguishable (same answer, same time).
 * A disabled account is only revealed to someone who knows its password.
 * Throttling is per account and IP pair (see `checkSignInThrottle`): a stranger's failures do not
 * lock the owner out from another address.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string; userAgent?: string },
): Promise<SignInOutcome> {
  const key = input.email.toLowerCase();
  if ((await checkSignInThrottle(db, key, input.ip)) === "throttled") return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({ where: { email: key } });
  const valid = user?.passwordHash ? await verifySecret(user.passwordHash, input.password) : await burnVerification(input.password);
  await recordAttempt(db, key, input.ip, valid, "pair");
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };

  const session = await createSession(db, user.id, { ip: input.ip, userAgent: input.userAgent });
  await db.auditEvent.create({ data: { actorUserId: user.id, action: "auth.signIn", subjectType: "Session", subjectId: session.id, ip: input.ip } });
  return { ok: true, userId: user.id, sessionId: session.id };
}
