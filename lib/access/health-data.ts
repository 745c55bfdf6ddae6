import "server-only";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { ageOn } from "../rules/dates";
import type { GrantScope, HealthDataRelation } from "./can";

export const ADULT_AGE = 18;

export interface HealthDataSubject {
  personId: string;
  name: string;
  relation: HealthDataRelation;
  /** Only for consent and power of attorney (ACC-3). */
  scope?: GrantScope;
}

type Row = {
  relation: "child" | "consent" | "power_of_attorney";
  id: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  ownDataAge: number;
  scope: GrantScope | null;
};

/**
 * Whose health data (claims, documents, diagnoses) this member may see — FAM-7, ACC-3, and the
 * Danish Health Act §17: their own; their children below the insurer's own-data age
 * (`Insurer.childOwnHealthDataFromAge`, default 15) on a policy where they are the main insured
 * (active enrolments only: a newborn waiting for the handler's decision is not covered yet); and
 * people who gave them consent or a power of attorney themselves (started, not withdrawn, not
 * expired) — an adult co-insured or a child from 15 is private by default.
 * Whether the member may also ACT for them (power of attorney, not consent) is can()'s decision.
 * Loaded once per request into the actor (./actor.ts).
 */
export async function healthDataSubjects(db: Db, user: CurrentUser, today = new Date()): Promise<HealthDataSubject[]> {
  const person = user.person;
  if (!person || !user.roles.includes("MEMBER")) return [];
  const subjects: HealthDataSubject[] = [{ personId: person.id, name: `${person.firstName} ${person.lastName}`, relation: "self" }];
  // Calendar dates are Copenhagen days (date columns come back as UTC midnight of that day).
  const todayIso = copenhagenDay(today);
  const todayDate = new Date(`${todayIso}T00:00:00.000Z`);

  // One statement (it runs on every member page): children on a policy where this member is the
  // main insured, then people who gave this member a power of attorney (it says more than a
  // consent: it also lets the grantee act, so it comes first and wins), then a consent.
  const rows = await db.$queryRaw<Row[]>`
    SELECT 'child' AS relation, p.id, p."firstName", p."lastName", p."birthDate", i."childOwnHealthDataFromAge" AS "ownDataAge", NULL::text AS scope, 0 AS grp, c."createdAt" AS ord
    FROM "Enrolment" m
    JOIN "Policy" pol ON pol.id = m."policyId"
    JOIN "Insurer" i ON i.id = pol."insurerId"
    JOIN "Enrolment" c ON c."policyId" = m."policyId" AND c.role = 'CHILD' AND c.status = 'ACTIVE' AND (c."endDate" IS NULL OR c."endDate" >= ${todayDate}::date)
    JOIN "Person" p ON p.id = c."personId"
    WHERE m."personId" = ${person.id}::uuid AND m.role = 'MAIN' AND m.status = 'ACTIVE' AND (m."endDate" IS NULL OR m."endDate" >= ${todayDate}::date)
    UNION ALL
    SELECT CASE WHEN k.kind = 'POWER_OF_ATTORNEY' THEN 'power_of_attorney' ELSE 'consent' END, g.id, g."firstName", g."lastName", g."birthDate", 0, k.scope::text, CASE WHEN k.kind = 'POWER_OF_ATTORNEY' THEN 1 ELSE 2 END, k."givenAt"
    FROM "Consent" k JOIN "Person" g ON g.id = k."grantorPersonId"
    WHERE k."granteePersonId" = ${person.id}::uuid AND k."withdrawnAt" IS NULL
      AND (k."validFrom" IS NULL OR k."validFrom" <= ${todayDate}::date)
      AND (k."validTo" IS NULL OR k."validTo" >= ${todayDate}::date)
    ORDER BY grp, ord, id`;

  const byPerson = new Map<string, HealthDataSubject>([[person.id, subjects[0]!]]);
  for (const row of rows) {
    if (row.relation === "child" && ageOn(row.birthDate.toISOString().slice(0, 10), todayIso) >= Math.min(row.ownDataAge, ADULT_AGE)) continue;
    const seen = byPerson.get(row.id);
    if (seen) {
      // A second grant from the same person can only widen what is open (scope ALL over CLAIMS).
      if (seen.scope === "CLAIMS" && row.scope === "ALL") seen.scope = "ALL";
      continue;
    }
    const subject: HealthDataSubject = { personId: row.id, name: `${row.firstName} ${row.lastName}`, relation: row.relation };
    if (row.scope) subject.scope = row.scope;
    byPerson.set(row.id, subject);
    subjects.push(subject);
  }
  return subjects;
}
