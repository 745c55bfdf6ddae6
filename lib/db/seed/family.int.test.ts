import { describe, expect, it } from "vitest";
import { loadActor } from "../../access/actor";
import type { CurrentUser } from "../../auth/current-user.types";
import { listPendingEnrolments } from "../../family/enrolment-review";
import { loadFamilyOverview } from "../../family/overview";
import { copenhagenDay } from "../../i18n/format";
import { testDb } from "../../testing/db";
import { seedDemo } from "./demo";
import { FAMILY_DEMO } from "./family";

async function asUser(email: string): Promise<CurrentUser> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { person: true } });
  const p = user.person!;
  return { userId: user.id, sessionId: "s", email, displayName: user.displayName, roles: user.roles, locale: "da", person: { id: p.id, firstName: p.firstName, lastName: p.lastName, memberNumber: p.memberNumber }, policyNumber: null, employer: null };
}

describe("the demo's Berg family (issue 10)", () => {
  it("has a consent, a 16-year-old whose data is her own, and a newborn waiting for the handler", async () => {
    await seedDemo(testDb());
    const karen = await asUser(FAMILY_DEMO.main.email);
    const subjects = (await loadActor(testDb(), karen)).healthDataSubjects.map((s) => [s.name, s.relation, s.scope ?? null]);
    expect(subjects).toEqual([
      ["Karen Berg", "self", null],
      ["Viggo Berg", "child", null],
      ["Jonas Berg", "consent", "CLAIMS"],
    ]);
    const overview = await loadFamilyOverview(testDb(), karen, copenhagenDay());
    expect(overview?.members.map((m) => [m.name, m.status])).toContainEqual(["Alma Berg", "PENDING"]);
    const handler = await testDb().user.findFirstOrThrow({ where: { roles: { has: "CLAIMS_HANDLER" } } });
    const queue = await listPendingEnrolments(testDb(), { userId: handler.id, roles: handler.roles }, copenhagenDay());
    expect(queue.map((q) => q.personName)).toEqual(["Alma Berg"]);
    expect(await testDb().claim.count({ where: { person: { memberNumber: FAMILY_DEMO.teen.memberNumber } } })).toBe(1);
  });
});
