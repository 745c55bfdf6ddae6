import "server-only";
import { cache } from "react";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { sessionActor, type Actor } from "./can";
import { healthDataSubjects, type HealthDataSubject } from "./health-data";

/** The actor with the names of the people whose data they may see (the person filter, the claim form). */
export interface LoadedActor extends Actor {
  healthDataSubjects: readonly HealthDataSubject[];
}

/** A signed-in user, or (services called by handlers and tests) just their id and roles. */
export type ActorSource = CurrentUser | Pick<CurrentUser, "userId" | "roles">;

const load = cache(async (db: Db, user: ActorSource, day: string): Promise<LoadedActor> => {
  const current = "person" in user ? user : null;
  const [subjects, insurerId] = await Promise.all([
    // Noon UTC falls on the same Copenhagen day in every season.
    current ? healthDataSubjects(db, current, new Date(`${day}T12:00:00Z`)) : [],
    !user.roles.includes("CLAIMS_HANDLER")
      ? null
      : current?.insurerId !== undefined
        ? current.insurerId
        : db.user.findUnique({ where: { id: user.userId }, select: { insurerId: true } }).then((row) => row?.insurerId ?? null),
  ]);
  const base = current ? sessionActor(current) : { userId: user.userId, roles: user.roles, personId: null, employerId: null };
  return { ...base, insurerId, healthDataSubjects: subjects };
});

/**
 * The facts `can()` needs about the user, loaded once per request (React `cache`: a page, its
 * layout and the services they call share one load): whose health data they may see (FAM-7,
 * ACC-3, from healthDataSubjects) and, for a claims handler, their insurer (read with the session
 * when the user comes from it). `today` (its Copenhagen day) decides who is still a child and
 * which consents are still valid.
 */
export function loadActor(db: Db, user: ActorSource, today: Date = new Date()): Promise<LoadedActor> {
  return load(db, user, copenhagenDay(today));
}
