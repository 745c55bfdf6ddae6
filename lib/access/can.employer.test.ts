import { describe, expect, it } from "vitest";
import { decide, type Actor } from "./can";

// Issue 12: an employer admin reaches their own employer's scheme, staff and imports (GRP-1), never
// another employer's; members and handlers never reach an employer's staff list.

const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const admin = actor({ roles: ["EMPLOYER_ADMIN", "MEMBER"], employerId: "fjordvaerk", personId: "hanne" });
const otherAdmin = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "kystbyg" });
const adminWithoutEmployer = actor({ roles: ["EMPLOYER_ADMIN"] });
const member = actor({ roles: ["MEMBER"], personId: "p", employerId: "fjordvaerk" });
const handler = actor({ roles: ["CLAIMS_HANDLER"], insurerId: "ins" });

describe("can: employer area", () => {
  it.each([
    ["the admin of the employer", admin, { allowed: true }],
    ["an admin of another employer", otherAdmin, { allowed: false, reason: "employer" }],
    ["an admin without an employer", adminWithoutEmployer, { allowed: false, reason: "employer" }],
    ["a member (even employed there)", member, { allowed: false, reason: "role" }],
    ["a claims handler", handler, { allowed: false, reason: "role" }],
  ] as const)("%s", (_name, who, expected) => {
    for (const action of ["employer.view", "employer.manage"] as const) {
      expect(decide(who, action, { employerId: "fjordvaerk" })).toEqual(expected);
    }
  });

  it("keeps an employer admin away from staff health data (GRP-3)", () => {
    const hrOnly = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "fjordvaerk" });
    expect(decide(hrOnly, "claim.read", { personId: "staff", status: "SUBMITTED", submittedById: "staff" })).toEqual({ allowed: false, reason: "GRP-3" });
    expect(decide(hrOnly, "authorisation.check", { personId: "staff" })).toEqual({ allowed: false, reason: "GRP-3" });
  });
});
