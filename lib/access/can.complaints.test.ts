import { describe, expect, it } from "vitest";
import { decide, type Actor, type ComplaintResource, type HealthDataSubjectRef } from "./can";

// Issue 14 point 8 (CLM-5): complaints. A member complains about a decision when they may act for
// the claim's person (ACC-3: a consent only lets see); a handler of the insurer decides it, but not
// about a decision they made themself (the complaint mail promises someone who did not decide).

const subjects: HealthDataSubjectRef[] = [
  { personId: "self", relation: "self" },
  { personId: "child", relation: "child" },
  { personId: "consented", relation: "consent" },
  { personId: "attorney", relation: "power_of_attorney" },
];
const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const member = actor({ userId: "member", roles: ["MEMBER"], personId: "self", healthDataSubjects: subjects });
const handler = actor({ userId: "handler", roles: ["CLAIMS_HANDLER"], insurerId: "ins-1" });
const employer = actor({ userId: "employer", roles: ["EMPLOYER_ADMIN"], employerId: "e", insurerId: "ins-1", healthDataSubjects: subjects });
const claim = (personId: string, status = "DECIDED") => ({ personId, status, submittedById: "other" });
const complaint = (overrides: Partial<ComplaintResource> = {}): ComplaintResource => ({ insurerId: "ins-1", status: "DECIDED", decidedById: null, ...overrides });

describe("can: complaints (CLM-5)", () => {
  it.each([
    ["self", true],
    ["child", true],
    ["attorney", true],
    ["consented", false],
    ["stranger", false],
  ])("a member complains about %s's claim: %s", (personId, allowed) => {
    expect(decide(member, "complaint.create", claim(personId)).allowed).toBe(allowed);
  });

  it.each([
    ["create: with a consent only (ACC-3)", decide(member, "complaint.create", claim("consented")), "ACC-3"],
    ["create: someone else's data (FAM-7)", decide(member, "complaint.create", claim("stranger")), "FAM-7"],
    ["create: someone else's draft", decide(member, "complaint.create", claim("self", "DRAFT")), "draft"],
    ["create: a handler", decide(handler, "complaint.create", claim("self")), "role"],
    ["create: an employer (GRP-3)", decide(employer, "complaint.create", claim("self")), "GRP-3"],
    ["queue: a member", decide(member, "complaint.queue"), "role"],
    ["queue: an employer (GRP-3)", decide(employer, "complaint.queue"), "GRP-3"],
    ["queue: a handler without an insurer", decide(actor({ roles: ["CLAIMS_HANDLER"] }), "complaint.queue"), "insurer"],
    ["decide: another insurer's claim", decide(handler, "complaint.decide", complaint({ insurerId: "ins-2" })), "insurer"],
    ["decide: the handler's own decision", decide(handler, "complaint.decide", complaint({ decidedById: "handler" })), "own-decision"],
    ["decide: a member", decide(member, "complaint.decide", complaint()), "role"],
    ["decide: an employer (GRP-3)", decide(employer, "complaint.decide", complaint()), "GRP-3"],
  ])("denies %s", (_name, decision, reason) => {
    expect(decision).toEqual({ allowed: false, reason });
  });

  it.each([
    ["queue: a handler with an insurer", decide(handler, "complaint.queue")],
    ["decide: an engine decision", decide(handler, "complaint.decide", complaint())],
    ["decide: a colleague's decision", decide(handler, "complaint.decide", complaint({ decidedById: "colleague", status: "PAID" }))],
  ])("allows %s", (_name, decision) => {
    expect(decision).toEqual({ allowed: true });
  });
});
