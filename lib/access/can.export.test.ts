import { describe, expect, it } from "vitest";
import { decide, type Actor } from "./can";

// Issue 13 point 8: exporting one's data (GDPR art. 15/20). Asking needs a member with a person;
// the file holds the data of everyone the member may see (FAM-7), so only the member who asked
// for it downloads it — not a co-insured spouse, not a handler, not an employer (GRP-3).

const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const member = actor({ userId: "member", roles: ["MEMBER"], personId: "p-member" });
const spouse = actor({ userId: "spouse", roles: ["MEMBER"], personId: "p-spouse" });
const personless = actor({ userId: "nobody", roles: ["MEMBER"] });
const handler = actor({ userId: "handler", roles: ["CLAIMS_HANDLER"], insurerId: "ins-1" });
const employer = actor({ userId: "employer", roles: ["EMPLOYER_ADMIN"], employerId: "e" });
const employerAndMember = actor({ userId: "hanne", roles: ["EMPLOYER_ADMIN", "MEMBER"], personId: "p-hanne", employerId: "e" });
const theirs = { requestedById: "member" };

describe("can: data export", () => {
  it.each([
    ["a member with a person", member, { allowed: true }],
    ["a member and employer admin, as member", employerAndMember, { allowed: true }],
    ["a member account without a person", personless, { allowed: false, reason: "no-person" }],
    ["a claims handler", handler, { allowed: false, reason: "role" }],
    ["an employer admin (GRP-3)", employer, { allowed: false, reason: "GRP-3" }],
  ])("request: %s", (_name, who, expected) => {
    expect(decide(who, "export.request")).toEqual(expected);
  });

  it.each([
    ["the member who asked", member, { allowed: true }],
    ["another member, e.g. the spouse", spouse, { allowed: false, reason: "owner" }],
    ["a claims handler", handler, { allowed: false, reason: "role" }],
    ["an employer admin (GRP-3)", employer, { allowed: false, reason: "GRP-3" }],
  ])("download: %s", (_name, who, expected) => {
    expect(decide(who, "export.download", theirs)).toEqual(expected);
  });
});
