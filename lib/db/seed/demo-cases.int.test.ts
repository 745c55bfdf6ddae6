import { beforeAll, describe, expect, it } from "vitest";
import { getClaimForMember } from "../../claims/member/claim-detail";
import { testDb } from "../../testing/db";
import { demoUser } from "../../testing/jobs-fixtures";
import { seedDemo } from "./demo";

/** Issue 14 point 6: the demo seed only holds states the app can show and the member can act on. */
beforeAll(async () => {
  await seedDemo(testDb());
});

describe("demo cases", () => {
  it("every claim waiting for information shows its member the request's text and an answer form (an open task)", async () => {
    const waiting = await testDb().claim.findMany({ where: { status: "INFORMATION_REQUESTED" }, select: { id: true, number: true, submittedBy: { select: { email: true } } } });
    expect(waiting.length).toBeGreaterThan(0);
    for (const claim of waiting) {
      const member = await demoUser(testDb(), claim.submittedBy.email);
      const detail = await getClaimForMember(testDb(), member, claim.id, { locale: "da" });
      expect(detail?.openTask, claim.number).not.toBeNull();
      expect(detail!.openTask!.text.length).toBeGreaterThanOrEqual(10);
      expect(detail!.openTask!.ruleId).toMatch(/^[A-Z]{2,4}-\d+$/);
    }
  });
});
