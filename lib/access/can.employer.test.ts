import { describe, expect, it } from "vitest";
import { decide, type Actor } from "./can";

// Issue 12: an employer admin reaches their own employer's scheme, staff and imports (GRP-1), never
// another employer's; members and handlers never reach an employer's staff list.

const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const admin = actor({ roles: ["EMPLOYER_ADMIN", "MEMBER"], employerId: "fjordvaerk", personId: "hanne", employerRight: "MANAGE" });
const otherAdmin = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "kystbyg", employerRight: "MANAGE" });
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

// Issue 12 point 8: the admin's right on their employer. VIEW sees, MANAGE changes; no right (a
// removed admin, a row never made) reaches nothing; the employer never loses its last manager.
const viewer = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "fjordvaerk", employerRight: "VIEW" });
const removed = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "fjordvaerk", employerRight: null });
const unloaded = actor({ roles: ["EMPLOYER_ADMIN"], employerId: "fjordvaerk" });
const fjordvaerk = { employerId: "fjordvaerk" };

describe("can: employer rights (view | manage)", () => {
  it.each([
    ["a manage admin", admin, "employer.view", { allowed: true }],
    ["a manage admin", admin, "employer.manage", { allowed: true }],
    ["a view admin", viewer, "employer.view", { allowed: true }],
    ["a view admin", viewer, "employer.manage", { allowed: false, reason: "employer-right" }],
    ["an admin whose right was removed", removed, "employer.view", { allowed: false, reason: "employer-right" }],
    ["an admin whose right was removed", removed, "employer.manage", { allowed: false, reason: "employer-right" }],
    ["an admin without a loaded right", unloaded, "employer.view", { allowed: false, reason: "employer-right" }],
    ["a manage admin of another employer", otherAdmin, "employer.manage", { allowed: false, reason: "employer" }],
    ["a view admin of another employer", { ...viewer, employerId: "kystbyg" }, "employer.view", { allowed: false, reason: "employer" }],
  ] as const)("%s: %s", (_name, who, action, expected) => {
    expect(decide(who, action, fjordvaerk)).toEqual(expected);
  });

  it.each([
    ["another manager while two remain", admin, { right: "MANAGE", manageAdmins: 2 }, { allowed: true }],
    ["a view admin while one manager remains", admin, { right: "VIEW", manageAdmins: 1 }, { allowed: true }],
    ["the last manager (themself or anyone)", admin, { right: "MANAGE", manageAdmins: 1 }, { allowed: false, reason: "last-manager" }],
    ["by a view admin", viewer, { right: "VIEW", manageAdmins: 2 }, { allowed: false, reason: "employer-right" }],
    ["by a removed admin", removed, { right: "VIEW", manageAdmins: 2 }, { allowed: false, reason: "employer-right" }],
    ["another employer's admin", otherAdmin, { right: "VIEW", manageAdmins: 2 }, { allowed: false, reason: "employer" }],
    ["by a member", member, { right: "VIEW", manageAdmins: 2 }, { allowed: false, reason: "role" }],
  ] as const)("employer.admin.revoke: %s", (_name, who, target, expected) => {
    expect(decide(who, "employer.admin.revoke", { ...fjordvaerk, ...target })).toEqual(expected);
  });
});
