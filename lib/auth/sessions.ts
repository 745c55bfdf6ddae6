import "server-only";
import type { Db } from "../db/client";
import { env } from "../env";
import { toLocale } from "../i18n/config";
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

interface SessionRow {
  id: string;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  disabledAt: Date | null;
  userId: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: string;
  personId: string | null;
  firstName: string | null;
  lastName: string | null;
  memberNumber: string | null;
  policyNumber: string | null;
  employerId: string | null;
  employerName: string | null;
  employerCvr: string | null;
  employerRight: "VIEW" | "MANAGE" | null;
  insurerId: string | null;
}

/**
 * The authoritative check behind every signed-in request: the cookie only names a session, and the
 * session must exist, be unrevoked, within its idle and absolute limits, and its account enabled.
 * One statement (session, account, person, newest active policy, employer): it runs on every page.
 */
export async function resolveSession(db: Db, sessionId: string, now = new Date()): Promise<CurrentUser | null> {
  if (!isUuid(sessionId)) return null;
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id, s."revokedAt", s."expiresAt", s."lastSeenAt", u."disabledAt",
           u.id AS "userId", u.email, u."displayName", u.roles::text[] AS roles, u.locale,
           p.id AS "personId", p."firstName", p."lastName", p."memberNumber",
           (SELECT pol.number FROM "Enrolment" e JOIN "Policy" pol ON pol.id = e."policyId"
             WHERE e."personId" = p.id AND pol.status = 'ACTIVE' ORDER BY e."startDate" DESC LIMIT 1) AS "policyNumber",
           emp.id AS "employerId", emp.name AS "employerName", emp.cvr AS "employerCvr", ea."right"::text AS "employerRight", u."insurerId"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Person" p ON p.id = u."personId"
    LEFT JOIN "Employer" emp ON emp.id = u."employerId"
    LEFT JOIN "EmployerAdmin" ea ON ea."userId" = u.id AND ea."employerId" = u."employerId"
    WHERE s.id = ${sessionId}::uuid`;
  if (!session) return null;
  const state = sessionState(session, now);
  if (state === "ended") return null;
  if (state === "timed-out") {
    await db.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    return null;
  }
  if (state === "stale") await touchSession(db, session.id, now);
  return {
    userId: session.userId,
    sessionId: session.id,
    email: session.email,
    displayName: session.displayName,
    roles: session.roles,
    locale: toLocale(session.locale),
    person: session.personId ? { id: session.personId, firstName: session.firstName ?? "", lastName: session.lastName ?? "", memberNumber: session.memberNumber ?? "" } : null,
    policyNumber: session.policyNumber,
    employer: session.employerId ? { id: session.employerId, name: session.employerName ?? "", cvr: session.employerCvr ?? "", right: session.employerRight } : null,
    insurerId: session.insurerId,
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
