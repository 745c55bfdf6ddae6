import "server-only";
import { isUuid } from "../server/route-input";
import type { Db } from "./client";

/**
 * A session, its user's state, and a fingerprint of everything that user could see.
 * The session fields are returned as stored: checking revocation and the idle/absolute limits
 * (and the clock) is the caller's job, exactly as in lib/auth/sessions.ts.
 */
export interface SessionFingerprint {
  userId: string;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  disabledAt: Date | null;
  fingerprint: string;
}

/**
 * One query: the session with its user's state, and a fingerprint that changes whenever the user
 * row, or the data version of anyone whose data the user could be shown, changes: the user's
 * person, everyone on a policy where that person is the main insured (a superset of the children
 * FAM-7 lets them see), and adults who gave them consent. An employee on a group policy is not
 * the main insured there, so colleagues' claims leave their pages cached.
 *
 * The versions are "PersonDataVersion" rows, bumped by database triggers on every write a member
 * could see (see the person_data_version migration); a missing row is version 0. Also in the set:
 * adults who gave the user's person a consent or power of attorney (ACC-3), who may be on another
 * policy, and the user's employer's name and number (shown in the account header). The password
 * hash is never part of the fingerprint. Session bookkeeping (lastSeenAt) and audit writes do not
 * change it.
 *
 * Read the fingerprint BEFORE the data it guards: a write committed in between then only costs a
 * later cache miss, whereas reading it after could store old data under the new fingerprint.
 * Time-based visibility (a child turning 18, a consent expiring) is not a write: key the cache
 * on the day as well.
 */
export async function readSessionFingerprint(db: Db, sessionId: string): Promise<SessionFingerprint | null> {
  if (!isUuid(sessionId)) return null;
  const rows = await db.$queryRaw<SessionFingerprint[]>`
    SELECT s."userId", s."revokedAt", s."expiresAt", s."lastSeenAt", u."disabledAt",
           md5(concat_ws('|',
             u.id, extract(epoch FROM u."updatedAt"), u.email, u.roles::text, u.locale, u."displayName",
             u."personId", u."employerId", u."insurerId",
             extract(epoch FROM u."activatedAt"), extract(epoch FROM u."disabledAt"), extract(epoch FROM u."passwordChangedAt"),
             emp.name, emp.cvr,
             (SELECT string_agg(subject.person_id::text || ':' || coalesce(v.version, 0)::text, ',' ORDER BY subject.person_id)
              FROM (
                SELECT u."personId" AS person_id WHERE u."personId" IS NOT NULL
                UNION
                SELECT mate."personId"
                FROM "Enrolment" own JOIN "Enrolment" mate ON mate."policyId" = own."policyId"
                WHERE own."personId" = u."personId" AND own.role = 'MAIN'
                UNION
                SELECT c."grantorPersonId" FROM "Consent" c WHERE c."granteePersonId" = u."personId"
              ) subject
              LEFT JOIN "PersonDataVersion" v ON v."personId" = subject.person_id)
           )) AS fingerprint
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Employer" emp ON emp.id = u."employerId"
    WHERE s.id = ${sessionId}::uuid`;
  return rows[0] ?? null;
}
