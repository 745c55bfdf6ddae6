import "server-only";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { ageOn } from "../rules/dates";
import type { HealthDataRelation } from "./can";

export const ADULT_AGE = 18;

export interface HealthDataSubject {
  personId: string;
  name: string;
  relation: HealthDataRelation;
}

/**
 * Whose health data (claims, documents, diagnoses) this member may see and act on — FAM-7, ACC-3:
 * their own; their children under 18 on a policy where they are the main insured; and adults who
 * gave them consent or a power of attorney themselves (not withdrawn, not expired).
 * An adult co-insured (spouse, adult child) is private by default. Employers get nothing (GRP-3).
 * Loaded once per request into the actor (./actor.ts); decisions are can() in ./can.ts.
 */
export async function healthDataSubjects(db: Db, user: CurrentUser, today = new Date()): Promise<HealthDataSubject[]> {
  const person = user.person;
  if (!person || !user.roles.includes("MEMBER")) return [];
  const subjects: HealthDataSubject[] = [{ personId: person.id, name: `${person.firstName} ${person.lastName}`, relation: "self" }];
  // Calendar dates are Copenhagen days (date columns come back as UTC midnight of that day).
  const todayIso = copenhagenDay(today);
  const todayDate = new Date(`${todayIso}T00:00:00.000Z`);

  // One statement (it runs on every member page): children on a policy where this member is the
  // main insured, then adults who gave this member a consent or power of attorney.
  const rows = await db.$queryRaw<{ relation: "child" | "consent" | "power_of_attorney"; id: string; firstName: string; lastName: string; birthDate: Date }[]>`
    SELECT 'child' AS relation, p.id, p."firstName", p."lastName", p."birthDate", 0 AS grp, c."createdAt" AS ord
    FROM "Enrolment" m
    JOIN "Enrolment" c ON c."policyId" = m."policyId" AND c.role = 'CHILD' AND (c."endDate" IS NULL OR c."endDate" >= ${todayDate}::date)
    JOIN "Person" p ON p.id = c."personId"
    WHERE m."personId" = ${person.id}::uuid AND m.role = 'MAIN' AND (m."endDate" IS NULL OR m."endDate" >= ${todayDate}::date)
    UNION ALL
    SELECT CASE WHEN k.kind = 'POWER_OF_ATTORNEY' THEN 'power_of_attorney' ELSE 'consent' END, g.id, g."firstName", g."lastName", g."birthDate", 1, k."givenAt"
    FROM "Consent" k JOIN "Person" g ON g.id = k."grantorPersonId"
    WHERE k."granteePersonId" = ${person.id}::uuid AND k."withdrawnAt" IS NULL AND (k."validTo" IS NULL OR k."validTo" >= ${todayDate}::date)
    ORDER BY grp, ord, id`;

  const seen = new Set([person.id]);
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    if (row.relation === "child" && ageOn(row.birthDate.toISOString().slice(0, 10), todayIso) >= ADULT_AGE) continue;
    seen.add(row.id);
    subjects.push({ personId: row.id, name: `${row.firstName} ${row.lastName}`, relation: row.relation });
  }
  return subjects;
}
