import type { Db } from "../db/client";
import { env } from "../env";
import { isLocale, DEFAULT_LOCALE } from "../i18n/config";
import type { CurrentUser, Role } from "./current-user.types";

/** lastSeenAt is written at most this often, so a page view is not a write. */
const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(db: Db, userId: string, meta: { ip?: string; userAgent?: string }, now = new Date()) {
  const config = env();
  return db.session.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + config.SESSION_ABSOLUTE_HOURS * 3_600_000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    },
  });
}

/**
 * The authoritative check behind every signed-in request: the cookie only names a session, and the
 * session must exist, be unrevoked, within its idle and absolute limits, and its account enabled.
 */
export async function resolveSession(db: Db, sessionId: string, now = new Date()): Promise<CurrentUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const config = env();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        include: {
          person: {
            include: {
              enrolments: {
                where: { policy: { status: "ACTIVE" } },
                include: { policy: { select: { number: true } } },
                orderBy: { startDate: "desc" },
                take: 1,
              },
            },
          },
          employer: true,
        },
      },
    },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  const idleLimit = new Date(now.getTime() - config.SESSION_IDLE_MINUTES * 60_000);
  if (session.expiresAt <= now || session.lastSeenAt < idleLimit) {
    await db.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  const person = user.person;
  return {
    userId: user.id,
    sessionId: session.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles as Role[],
    locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
    person: person ? { id: person.id, firstName: person.firstName, lastName: person.lastName, memberNumber: person.memberNumber } : null,
    policyNumber: person?.enrolments[0]?.policy.number ?? null,
    employer: user.employer ? { id: user.employer.id, name: user.employer.name, cvr: user.employer.cvr } : null,
  };
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

export async function revokeAllSessions(db: Db, userId: string, options: { except?: string } = {}, now = new Date()): Promise<number> {
  const result = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}

/** Disabling an account ends every session it has at once. */
export async function disableAccount(db: Db, userId: string, now = new Date()): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabledAt: now } }),
    db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
  ]);
}
