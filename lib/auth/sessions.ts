import type { Db } from "../db/client";
import { env } from "../env";
import { isLocale, DEFAULT_LOCALE } from "../i18n/config";
import { isUuid } from "../server/route-input";
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

export interface SessionTimes {
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  /** The account's. */
  disabledAt: Date | null;
}

/**
 * What a session row allows now: "ended" (revoked or account disabled), "timed-out" (past its
 * idle or absolute limit: revoke it), "stale" (valid, lastSeenAt due for a write) or "valid".
 */
export function sessionState(session: SessionTimes, now: Date, config = env()): "ended" | "timed-out" | "stale" | "valid" {
  if (session.revokedAt || session.disabledAt) return "ended";
  const idleLimit = new Date(now.getTime() - config.SESSION_IDLE_MINUTES * 60_000);
  if (session.expiresAt <= now || session.lastSeenAt < idleLimit) return "timed-out";
  return now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS ? "stale" : "valid";
}

export async function touchSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
}

/**
 * The authoritative check behind every signed-in request: the cookie only names a session, and the
 * session must exist, be unrevoked, within its idle and absolute limits, and its account enabled.
 */
export async function resolveSession(db: Db, sessionId: string, now = new Date()): Promise<CurrentUser | null> {
  if (!isUuid(sessionId)) return null;
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
  if (!session) return null;
  const state = sessionState({ ...session, disabledAt: session.user.disabledAt }, now);
  if (state === "ended") return null;
  if (state === "timed-out") {
    await db.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    return null;
  }
  if (state === "stale") await touchSession(db, session.id, now);
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
