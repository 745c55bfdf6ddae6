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

  const [mainEnrolments, consents] = await Promise.all([
    db.enrolment.findMany({
      where: { personId: person.id, role: "MAIN", OR: [{ endDate: null }, { endDate: { gte: todayDate } }] },
      select: {
        policy: {
          select: {
            enrolments: {
              where: { role: "CHILD", OR: [{ endDate: null }, { endDate: { gte: todayDate } }] },
              select: { person: { select: { id: true, firstName: true, lastName: true, birthDate: true } } },
            },
          },
        },
      },
    }),
    db.consent.findMany({
      where: { granteePersonId: person.id, withdrawnAt: null, OR: [{ validTo: null }, { validTo: { gte: todayDate } }] },
      select: { kind: true, grantor: { select: { id: true, firstName: true, lastName: true } } },
    }),
  ]);

  const seen = new Set([person.id]);
  for (const enrolment of mainEnrolments) {
    for (const { person: child } of enrolment.policy.enrolments) {
      if (seen.has(child.id) || ageOn(child.birthDate.toISOString().slice(0, 10), todayIso) >= ADULT_AGE) continue;
      seen.add(child.id);
      subjects.push({ personId: child.id, name: `${child.firstName} ${child.lastName}`, relation: "child" });
    }
  }
  for (const consent of consents) {
    if (seen.has(consent.grantor.id)) continue;
    seen.add(consent.grantor.id);
    subjects.push({
      personId: consent.grantor.id,
      name: `${consent.grantor.firstName} ${consent.grantor.lastName}`,
      relation: consent.kind === "POWER_OF_ATTORNEY" ? "power_of_attorney" : "consent",
    });
  }
  return subjects;
}
