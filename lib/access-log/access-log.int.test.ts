import { describe, expect, it } from "vitest";
import { writeAudits } from "../audit/audit";
import { createUser, testDb } from "../testing/db";
import { family } from "../testing/follow-up-fixtures";
import { ACCESS_LOG_PAGE_SIZE, loadAccessLog } from "./access-log";

/** The member's own access log from the audit table: who (and in which role), when, what; paged; only their own. */

describe("loadAccessLog", () => {
  it("lists every audit row about the member's person, newest first, with who did it in which role", async () => {
    const f = await family();
    const employer = await createUser({ roles: ["EMPLOYER_ADMIN"], displayName: "Hanne HR" });
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));
    await testDb().auditEvent.createMany({
      data: [
        { actorUserId: f.mainUser.id, action: "claims.list", subjectType: "Person", personId: f.main.id, createdAt: at(1) },
        { actorUserId: f.handler.id, action: "claim.read", subjectType: "Claim", personId: f.main.id, createdAt: at(2) },
        { actorUserId: f.spouseUser.id, action: "document.read", subjectType: "Document", personId: f.main.id, createdAt: at(3) },
        { actorUserId: null, action: "claim.decide", subjectType: "Claim", personId: f.main.id, createdAt: at(4) },
        { actorUserId: employer.id, action: "enrolment.decide", subjectType: "Enrolment", personId: f.main.id, createdAt: at(5) },
        { actorUserId: f.handler.id, action: "claim.read", subjectType: "Claim", personId: f.spouse.id, createdAt: at(6) },
      ],
    });
    const log = await loadAccessLog(testDb(), f.mainMember);
    expect(log.total).toBe(5);
    expect(log.entries.map((e) => [e.action, e.who, e.name, e.read, e.area])).toEqual([
      ["enrolment.decide", "employer", "Hanne HR", false, "enrolment"],
      ["claim.decide", "system", null, false, "claim"],
      ["document.read", "member", "Lars Jensen", true, "document"],
      ["claim.read", "handler", "Karin Holm", true, "claim"],
      ["claims.list", "self", null, true, "claim"],
    ]);
    // The spouse's own log is his: the handler's read of his claim, nothing of Mette's.
    const spouse = await loadAccessLog(testDb(), f.spouseMember);
    expect(spouse.entries.map((e) => e.action)).toEqual(["claim.read"]);
  });

  it("pages", async () => {
    const f = await family();
    await writeAudits(
      testDb(),
      Array.from({ length: ACCESS_LOG_PAGE_SIZE + 2 }, () => ({ actorUserId: f.handler.id, action: "claim.read", subjectType: "Claim", personId: f.main.id })),
    );
    const first = await loadAccessLog(testDb(), f.mainMember);
    expect(first).toMatchObject({ total: ACCESS_LOG_PAGE_SIZE + 2, pageCount: 2 });
    expect(first.entries).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    expect((await loadAccessLog(testDb(), f.mainMember, { page: 2 })).entries).toHaveLength(2);
    expect((await loadAccessLog(testDb(), { ...f.mainMember, person: null })).entries).toEqual([]);
  });
});
