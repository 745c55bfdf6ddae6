import { describe, expect, it } from "vitest";
import { decide, type Actor, type HealthDataSubjectRef } from "./can";

// Issue 11: pre-authorisation / guarantee-of-payment requests. Reading follows FAM-7 (who the
// member may see); acting (request, answer, write, send an invoice) follows ACC-3 (a consent only
// lets see; a power of attorney lets act); drafts are private to their writer; handlers work on
// their own insurer's requests.

const subjects: HealthDataSubjectRef[] = [
  { personId: "self", relation: "self" },
  { personId: "child", relation: "child" },
  { personId: "consented", relation: "consent" },
  { personId: "attorney", relation: "power_of_attorney" },
];
const actor = (overrides: Partial<Actor>): Actor => ({ userId: "u", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides });
const member = actor({ userId: "member", roles: ["MEMBER"], personId: "self", healthDataSubjects: subjects });
const handler = actor({ userId: "handler", roles: ["CLAIMS_HANDLER"], insurerId: "ins-1" });
const employer = actor({ userId: "employer", roles: ["EMPLOYER_ADMIN"], employerId: "e", healthDataSubjects: subjects });
const request = (personId: string, status = "SUBMITTED", requestedById = "other") => ({ personId, status, requestedById });

describe("can: authorisation requests", () => {
  it.each([
    ["self", true, true],
    ["child", true, true],
    ["consented", true, false],
    ["attorney", true, true],
    ["stranger", false, false],
  ])("%s: check/read %s, create/respond %s", (personId, reads, acts) => {
    expect(decide(member, "authorisation.check", { personId }).allowed).toBe(reads);
    expect(decide(member, "authorisation.read", request(personId)).allowed).toBe(reads);
    expect(decide(member, "authorisation.create", { personId }).allowed).toBe(acts);
    expect(decide(member, "authorisation.respond", request(personId)).allowed).toBe(acts);
  });

  it.each([
    ["create: a consent only lets see (ACC-3)", decide(member, "authorisation.create", { personId: "consented" }), "ACC-3"],
    ["create: someone else's data (FAM-7)", decide(member, "authorisation.create", { personId: "stranger" }), "FAM-7"],
    ["respond: someone else's draft", decide(member, "authorisation.respond", request("self", "DRAFT")), "draft"],
    ["respond: with a consent only (ACC-3)", decide(member, "authorisation.respond", request("consented")), "ACC-3"],
    ["read: someone else's draft", decide(member, "authorisation.read", request("child", "DRAFT")), "draft"],
    ["edit: another member's request", decide(member, "authorisation.edit", { requestedById: "other" }), "owner"],
    ["edit: a handler", decide(handler, "authorisation.edit", { requestedById: "handler" }), "role"],
    ["check: an employer (GRP-3)", decide(employer, "authorisation.check", { personId: "self" }), "GRP-3"],
    ["queue: a member", decide(member, "authorisation.queue"), "role"],
    ["queue: a handler without an insurer", decide(actor({ roles: ["CLAIMS_HANDLER"] }), "authorisation.queue"), "insurer"],
    ["review: another insurer's request", decide(handler, "authorisation.review", { insurerId: "ins-2", status: "SUBMITTED" }), "insurer"],
    ["decide: a draft", decide(handler, "authorisation.decide", { insurerId: "ins-1", status: "DRAFT" }), "draft"],
  ])("denies %s", (_name, decision, reason) => {
    expect(decision).toEqual({ allowed: false, reason });
  });

  it.each([
    ["edit: the member's own draft", decide(member, "authorisation.edit", { requestedById: "member" })],
    ["read: the member's own draft", decide(member, "authorisation.read", request("self", "DRAFT", "member"))],
    ["queue: a handler", decide(handler, "authorisation.queue")],
    ["review: the handler's insurer", decide(handler, "authorisation.review", { insurerId: "ins-1", status: "IN_REVIEW" })],
    ["decide: the handler's insurer", decide(handler, "authorisation.decide", { insurerId: "ins-1", status: "APPROVED" })],
  ])("allows %s", (_name, decision) => {
    expect(decision).toEqual({ allowed: true });
  });
});
