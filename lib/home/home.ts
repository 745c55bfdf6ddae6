import "server-only";
import { loadActor } from "../access/actor";
import { writeAudits } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { copenhagenDay } from "../i18n/format";
import { loadLatestClaims, loadOpenTasks, type HomeClaim, type HomeTask } from "./activity";
import { loadPersonCovers, type PersonCover } from "./cover-usage";

export interface MemberHome {
  displayName: string;
  memberNumber: string | null;
  policyNumber: string | null;
  covers: PersonCover[];
  claims: (HomeClaim & { personName: string })[];
  tasks: HomeTask[];
}

/**
 * The member home: per person whose health data the member may see (FAM-7) the cover and its
 * usage meters, the latest claims with what happens next, and open tasks. Five statements
 * (subjects, enrolments, settled lines, claims, tasks; the last four in parallel) and one audit
 * insert for everyone whose data it shows; no per-row queries.
 */
export async function loadMemberHome(db: Db, user: CurrentUser, options: { ip: string | null; now?: Date }): Promise<MemberHome> {
  const now = options.now ?? new Date();
  const actor = await loadActor(db, user, now);
  const subjects = actor.healthDataSubjects;
  const [covers, claims, tasks] = await Promise.all([
    loadPersonCovers(db, subjects, copenhagenDay(now)),
    loadLatestClaims(db, actor, now),
    loadOpenTasks(db, actor),
  ]);
  const names = new Map(subjects.map((s) => [s.personId, s.name]));
  // Usage (what was paid for which treatment) and claims are health data: audit each person shown.
  const shown = new Set([...covers.map((c) => c.personId), ...claims.map((c) => c.personId)]);
  await writeAudits(
    db,
    [...shown].map((personId) => ({ actorUserId: user.userId, action: "home.view", subjectType: "Person", subjectId: personId, personId, ip: options.ip })),
  );
  return {
    displayName: user.displayName,
    memberNumber: user.person?.memberNumber ?? null,
    policyNumber: user.policyNumber,
    covers,
    claims: claims.map((claim) => ({ ...claim, personName: names.get(claim.personId) ?? "" })),
    tasks,
  };
}
