import { describe, expect, it } from "vitest";
import { decide, type Actor } from "./can";

// Issue 12 point 6 (GRP-4): a leaver's continuation offer is theirs alone. Their employer never
// learns whether they accepted (GRP-3), and neither does a main insured or a claims handler.

const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const leaver = actor({ userId: "leaver", roles: ["MEMBER"], personId: "p-leaver" });
const otherMember = actor({ userId: "other", roles: ["MEMBER"], personId: "p-other" });
const personless = actor({ userId: "nobody", roles: ["MEMBER"] });
const handler = actor({ userId: "handler", roles: ["CLAIMS_HANDLER"], insurerId: "ins-1" });
const employer = actor({ userId: "hr", roles: ["EMPLOYER_ADMIN"], employerId: "e" });
const employerAndMember = actor({ userId: "hanne", roles: ["EMPLOYER_ADMIN", "MEMBER"], personId: "p-hanne", employerId: "e" });
const offer = { personId: "p-leaver" };

describe("can: continuation offer (GRP-4)", () => {
  it.each([
    ["the leaver", leaver, { allowed: true }],
    ["another member", otherMember, { allowed: false, reason: "owner" }],
    ["a member account without a person", personless, { allowed: false, reason: "owner" }],
    ["the employer's admin who is also a member", employerAndMember, { allowed: false, reason: "owner" }],
    ["an employer admin (GRP-3)", employer, { allowed: false, reason: "GRP-3" }],
    ["a claims handler", handler, { allowed: false, reason: "role" }],
  ])("%s", (_name, who, expected) => {
    expect(decide(who, "continuation.view", offer)).toEqual(expected);
    expect(decide(who, "continuation.accept", offer)).toEqual(expected);
  });

  it("the admin's own offer, as a leaver of the scheme, is theirs", () => {
    expect(decide(employerAndMember, "continuation.accept", { personId: "p-hanne" })).toEqual({ allowed: true });
  });
});
