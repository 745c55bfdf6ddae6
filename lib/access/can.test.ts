import { describe, expect, it } from "vitest";
import type { CurrentUser, Role } from "../auth/current-user.types";
import {
  ACTIONS,
  AREA_OF_ROLE,
  can,
  decide,
  documentAccess,
  sessionActor,
  type Action,
  type Actor,
  type ClaimResource,
  type DocumentResource,
  type HealthDataSubjectRef,
} from "./can";

// ---------------------------------------------------------------------------------------------
// The people around one member (FAM-7, ACC-3). The loader (./actor.ts → healthDataSubjects) puts in
// `healthDataSubjects` exactly: themself, children under 18 on a policy where they are the main
// insured, and adults whose consent or power of attorney to them is valid. An adult co-insured
// without consent, a withdrawn (or expired) consent and another family are simply not there
// (health-data.int.test.ts checks that against the database); here the decision on top of it.

const INSURER = "insurer-1";
const OTHER_INSURER = "insurer-2";
const MEMBER_USER = "user-member";
const OTHER_USER = "user-other-parent";

const RELATIONS = ["self", "child", "adultWithoutConsent", "consent", "consentClaimsOnly", "withdrawnConsent", "powerOfAttorney", "otherFamily"] as const;
type Relation = (typeof RELATIONS)[number];
const PERSON: Record<Relation, string> = {
  self: "person-self",
  child: "person-child-under-18",
  adultWithoutConsent: "person-spouse",
  consent: "person-adult-child-who-consented",
  consentClaimsOnly: "person-16-year-old-who-consented-to-claims",
  withdrawnConsent: "person-spouse-who-withdrew",
  powerOfAttorney: "person-parent-with-poa",
  otherFamily: "person-neighbour",
};

const memberSubjects: HealthDataSubjectRef[] = [
  { personId: PERSON.self, relation: "self" },
  { personId: PERSON.child, relation: "child" },
  { personId: PERSON.consent, relation: "consent", scope: "ALL" },
  { personId: PERSON.consentClaimsOnly, relation: "consent", scope: "CLAIMS" },
  { personId: PERSON.powerOfAttorney, relation: "power_of_attorney" },
];

function actor(overrides: Partial<Actor>): Actor {
  return { userId: "user-x", roles: [], personId: null, insurerId: null, employerId: null, healthDataSubjects: [], ...overrides };
}

const ACTORS = {
  member: actor({ userId: MEMBER_USER, roles: ["MEMBER"], personId: PERSON.self, healthDataSubjects: memberSubjects }),
  handler: actor({ userId: "user-handler", roles: ["CLAIMS_HANDLER"], insurerId: INSURER }),
  otherInsurerHandler: actor({ userId: "user-handler-2", roles: ["CLAIMS_HANDLER"], insurerId: OTHER_INSURER }),
  // GRP-3: even with facts it should never have (staff as "subjects", an insurer), the employer
  // role opens nothing.
  employerAdmin: actor({
    userId: "user-employer",
    roles: ["EMPLOYER_ADMIN"],
    employerId: "employer-1",
    insurerId: INSURER,
    healthDataSubjects: RELATIONS.map((relation) => ({ personId: PERSON[relation], relation: "consent" as const })),
  }),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;

const claimOf = (relation: Relation, overrides: Partial<ClaimResource> = {}): ClaimResource => ({
  personId: PERSON[relation],
  status: "SUBMITTED",
  submittedById: OTHER_USER,
  insurerId: INSURER,
  ...overrides,
});

/** Someone else's upload (the other parent's, a staff member's) on the relation's claim. */
const documentOf = (relation: Relation, overrides: Partial<DocumentResource> = {}): DocumentResource => ({
  ownerUserId: OTHER_USER,
  personId: PERSON[relation],
  claim: claimOf(relation),
  ...overrides,
});

/** The actions decided on a record about one person, and that record for each relation. */
const ON_A_PERSON = {
  "claim.create": (relation: Relation) => ({ personId: PERSON[relation] }),
  "claim.read": claimOf,
  "claim.respond": (relation: Relation) => claimOf(relation, { status: "INFORMATION_REQUESTED" }),
  "claim.message": claimOf,
  "claim.review": claimOf,
  "claim.decide": claimOf,
  "claim.request_information": claimOf,
  "claim.message_member": claimOf,
  "settlement.read": (relation: Relation) => claimOf(relation, { status: "DECIDED" }),
  "document.upload": (relation: Relation) => ({ claim: claimOf(relation) }),
  "document.read": documentOf,
  "document.preview": documentOf,
} satisfies Partial<{ [A in Action]: (relation: Relation) => unknown }>;
type PersonAction = keyof typeof ON_A_PERSON;

const ALL = Object.fromEntries(RELATIONS.map((r) => [r, true])) as Record<Relation, boolean>;
const NONE = Object.fromEntries(RELATIONS.map((r) => [r, false])) as Record<Relation, boolean>;
/** FAM-7 + ACC-3: who the member may SEE — self, a child below 15, consent, power of attorney. */
const FAMILY: Record<Relation, boolean> = {
  self: true,
  child: true,
  adultWithoutConsent: false,
  consent: true,
  consentClaimsOnly: true,
  withdrawnConsent: false,
  powerOfAttorney: true,
  otherFamily: false,
};
/** ACC-3: who the member may ACT for — a consent lets the grantee see, only a power of attorney act. */
const ACTS_FOR: Record<Relation, boolean> = { ...FAMILY, consent: false, consentClaimsOnly: false };
/** ACC-3: a grant with scope CLAIMS leaves the documents closed. */
const DOCUMENTS: Record<Relation, boolean> = { ...FAMILY, consentClaimsOnly: false };

const MEMBER_SIDE: PersonAction[] = ["claim.read"];
const MEMBER_ACTING: PersonAction[] = ["claim.create", "claim.respond", "claim.message", "document.upload"];
const HANDLER_SIDE: PersonAction[] = ["claim.review", "claim.decide", "claim.request_information", "claim.message_member"];

/** Expected answer per action × actor, per relation. */
const EXPECTED: Record<PersonAction, Record<ActorName, Record<Relation, boolean>>> = {
  ...(Object.fromEntries(MEMBER_SIDE.map((a) => [a, { member: FAMILY, handler: NONE, otherInsurerHandler: NONE, employerAdmin: NONE }])) as Record<
    (typeof MEMBER_SIDE)[number],
    Record<ActorName, Record<Relation, boolean>>
  >),
  ...(Object.fromEntries(MEMBER_ACTING.map((a) => [a, { member: ACTS_FOR, handler: NONE, otherInsurerHandler: NONE, employerAdmin: NONE }])) as Record<
    (typeof MEMBER_ACTING)[number],
    Record<ActorName, Record<Relation, boolean>>
  >),
  ...(Object.fromEntries(HANDLER_SIDE.map((a) => [a, { member: NONE, handler: ALL, otherInsurerHandler: NONE, employerAdmin: NONE }])) as Record<
    (typeof HANDLER_SIDE)[number],
    Record<ActorName, Record<Relation, boolean>>
  >),
  "settlement.read": { member: FAMILY, handler: ALL, otherInsurerHandler: NONE, employerAdmin: NONE },
  // Someone else's upload: the member reads it where they may see the claim; a handler of the insurer always.
  "document.read": { member: DOCUMENTS, handler: ALL, otherInsurerHandler: NONE, employerAdmin: NONE },
  // Inline only for the handler console and the uploader's own preview.
  "document.preview": { member: NONE, handler: ALL, otherInsurerHandler: NONE, employerAdmin: NONE },
};

function ask(who: Actor, action: PersonAction, relation: Relation) {
  const resource = ON_A_PERSON[action](relation);
  return decide(who, action, resource as never);
}

describe("can(): every action on a person's record × role × relation (FAM-7, ACC-3, GRP-3)", () => {
  const rows = (Object.keys(EXPECTED) as PersonAction[]).flatMap((action) =>
    (Object.keys(ACTORS) as ActorName[]).flatMap((name) => RELATIONS.map((relation) => [action, name, relation, EXPECTED[action][name][relation]] as const)),
  );

  it.each(rows)("%s by %s on %s → %s", (action, name, relation, expected) => {
    expect(ask(ACTORS[name], action, relation).allowed).toBe(expected);
  });

  it("an employer admin is refused every health-data action with GRP-3, whoever's data it is", () => {
    for (const action of Object.keys(ON_A_PERSON) as PersonAction[]) {
      for (const relation of RELATIONS) expect(ask(ACTORS.employerAdmin, action, relation)).toEqual({ allowed: false, reason: "GRP-3" });
    }
  });

  it("names the rule or the missing fact that refused", () => {
    expect(ask(ACTORS.member, "claim.read", "adultWithoutConsent")).toEqual({ allowed: false, reason: "FAM-7" });
    expect(ask(ACTORS.member, "claim.read", "withdrawnConsent")).toEqual({ allowed: false, reason: "FAM-7" });
    expect(ask(ACTORS.member, "claim.decide", "self")).toEqual({ allowed: false, reason: "role" });
    expect(ask(ACTORS.handler, "claim.read", "self")).toEqual({ allowed: false, reason: "role" });
    expect(ask(ACTORS.otherInsurerHandler, "claim.review", "self")).toEqual({ allowed: false, reason: "insurer" });
    expect(ask(ACTORS.otherInsurerHandler, "settlement.read", "self")).toEqual({ allowed: false, reason: "insurer" });
    expect(ask(ACTORS.member, "document.preview", "child")).toEqual({ allowed: false, reason: "owner" });
    expect(ask(ACTORS.member, "document.upload", "otherFamily")).toEqual({ allowed: false, reason: "FAM-7" });
    expect(ask(ACTORS.member, "claim.create", "consent")).toEqual({ allowed: false, reason: "ACC-3" });
    expect(ask(ACTORS.member, "claim.respond", "consent")).toEqual({ allowed: false, reason: "ACC-3" });
    expect(ask(ACTORS.member, "document.read", "consentClaimsOnly")).toEqual({ allowed: false, reason: "ACC-3" });
  });
});

describe("drafts are private to whoever writes them", () => {
  const ownDraft = claimOf("child", { status: "DRAFT", submittedById: MEMBER_USER });
  const othersDraft = claimOf("child", { status: "DRAFT", submittedById: OTHER_USER });

  it.each(["claim.read", "claim.respond", "claim.message"] as const)("%s: own draft yes, the other parent's no", (action) => {
    expect(can(ACTORS.member, action, ownDraft)).toBe(true);
    expect(decide(ACTORS.member, action, othersDraft)).toEqual({ allowed: false, reason: "draft" });
  });

  it.each(["claim.review", "claim.decide", "claim.request_information", "claim.message_member"] as const)("%s: a handler never sees a draft", (action) => {
    expect(decide(ACTORS.handler, action, ownDraft)).toEqual({ allowed: false, reason: "draft" });
  });

  it("documents on a draft: the uploader yes; the other parent and the handler no", () => {
    const onDraft = (ownerUserId: string) => ({ ownerUserId, personId: PERSON.child, claim: othersDraft });
    expect(documentAccess(actor({ ...ACTORS.member, userId: OTHER_USER }), onDraft(OTHER_USER))).toBe("owner");
    expect(decide(ACTORS.member, "document.read", onDraft(OTHER_USER))).toEqual({ allowed: false, reason: "draft" });
    expect(decide(ACTORS.handler, "document.read", onDraft(OTHER_USER))).toEqual({ allowed: false, reason: "draft" });
    expect(can(ACTORS.member, "document.upload", { claim: othersDraft })).toBe(false);
    expect(can(ACTORS.member, "document.upload", { claim: ownDraft })).toBe(true);
  });
});

describe("claim.edit: only the member who started the claim", () => {
  it.each([
    ["member, own claim", ACTORS.member, MEMBER_USER, true],
    ["member, someone else's", ACTORS.member, OTHER_USER, false],
    ["handler", ACTORS.handler, "user-handler", false],
    ["employer admin", ACTORS.employerAdmin, "user-employer", false],
  ] as const)("%s → %s", (_name, who, submittedById, expected) => {
    expect(can(who, "claim.edit", { submittedById })).toBe(expected);
  });
});

describe("areas, the provider search and the queue", () => {
  const ROLES: Role[] = ["MEMBER", "CLAIMS_HANDLER", "EMPLOYER_ADMIN"];

  it.each(ROLES.flatMap((role) => ROLES.map((area) => [role, area] as const)))("a %s in the %s area", (role, areaRole) => {
    expect(can({ roles: [role] }, AREA_OF_ROLE[areaRole])).toBe(role === areaRole);
  });

  it("every signed-in user has the account pages, whatever their roles", () => {
    for (const roles of [[], ["MEMBER"], ["EMPLOYER_ADMIN"], ["CLAIMS_HANDLER", "MEMBER"]] as Role[][]) expect(can({ roles }, "area.account")).toBe(true);
  });

  it("a role gate refuses an employer admin with GRP-3 and anyone else with role", () => {
    expect(decide({ roles: ["EMPLOYER_ADMIN"] }, "area.member")).toEqual({ allowed: false, reason: "GRP-3" });
    expect(decide({ roles: ["MEMBER"] }, "area.handler")).toEqual({ allowed: false, reason: "role" });
  });

  it("provider search: a member with a person", () => {
    expect(can(ACTORS.member, "provider.search")).toBe(true);
    expect(decide({ ...ACTORS.member, personId: null }, "provider.search")).toEqual({ allowed: false, reason: "no-person" });
    expect(can(ACTORS.handler, "provider.search")).toBe(false);
    expect(decide(ACTORS.employerAdmin, "provider.search")).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("queue: a handler with an insurer", () => {
    expect(can(ACTORS.handler, "claim.queue")).toBe(true);
    expect(decide({ ...ACTORS.handler, insurerId: null }, "claim.queue")).toEqual({ allowed: false, reason: "insurer" });
    expect(decide(ACTORS.member, "claim.queue")).toEqual({ allowed: false, reason: "role" });
    expect(decide(ACTORS.employerAdmin, "claim.queue")).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("a handler without an insurer works on no claim", () => {
    expect(decide({ ...ACTORS.handler, insurerId: null }, "claim.review", claimOf("self"))).toEqual({ allowed: false, reason: "insurer" });
  });

  it("the session's facts make the actor for the area gates (no database)", () => {
    const user: CurrentUser = {
      userId: "u",
      sessionId: "s",
      email: "e@example.test",
      displayName: "E",
      roles: ["EMPLOYER_ADMIN"],
      locale: "da",
      person: null,
      policyNumber: null,
      employer: { id: "employer-1", name: "A/S", cvr: "12345678" },
    };
    expect(sessionActor(user)).toEqual({ userId: "u", roles: ["EMPLOYER_ADMIN"], personId: null, employerId: "employer-1" });
    expect(sessionActor({ ...user, roles: ["MEMBER"], person: { id: "p", firstName: "A", lastName: "B", memberNumber: "1" }, employer: null })).toMatchObject({
      personId: "p",
      employerId: null,
    });
  });
});

describe("a member who is also an employer admin or a handler", () => {
  it("keeps their member rights to their family's data, and never gets staff data (GRP-3)", () => {
    const hr = actor({ ...ACTORS.member, roles: ["MEMBER", "EMPLOYER_ADMIN"], employerId: "employer-1" });
    expect(can(hr, "claim.read", claimOf("child"))).toBe(true);
    expect(decide(hr, "claim.read", claimOf("otherFamily"))).toEqual({ allowed: false, reason: "FAM-7" });
    expect(decide(hr, "claim.review", claimOf("otherFamily"))).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("reads a settlement note from either side, and is refused for the side they have", () => {
    const both = actor({ ...ACTORS.member, roles: ["MEMBER", "CLAIMS_HANDLER"], insurerId: INSURER });
    expect(can(both, "settlement.read", claimOf("otherFamily", { status: "DECIDED" }))).toBe(true);
    expect(can(both, "settlement.read", claimOf("child", { status: "DECIDED", insurerId: OTHER_INSURER }))).toBe(true);
    expect(decide(both, "settlement.read", claimOf("otherFamily", { insurerId: OTHER_INSURER }))).toEqual({ allowed: false, reason: "FAM-7" });
    expect(decide(ACTORS.otherInsurerHandler, "settlement.read", claimOf("self"))).toEqual({ allowed: false, reason: "insurer" });
  });
});

describe("documents", () => {
  const loose = (overrides: Partial<DocumentResource> = {}): DocumentResource => ({ ownerUserId: MEMBER_USER, personId: null, claim: null, ...overrides });

  it("how a document is read: as its handler, its uploader or another member who may see the claim", () => {
    expect(documentAccess(ACTORS.handler, documentOf("self"))).toBe("handler");
    expect(documentAccess(ACTORS.member, documentOf("child", { ownerUserId: MEMBER_USER }))).toBe("owner");
    expect(documentAccess(ACTORS.member, documentOf("child"))).toBe("member");
    expect(documentAccess(ACTORS.member, documentOf("adultWithoutConsent", { ownerUserId: MEMBER_USER }))).toBeNull();
    expect(documentAccess(ACTORS.otherInsurerHandler, documentOf("self"))).toBeNull();
  });

  it("the uploader previews their own upload inline", () => {
    expect(can(ACTORS.member, "document.preview", documentOf("child", { ownerUserId: MEMBER_USER }))).toBe(true);
    expect(can(ACTORS.member, "document.preview", loose())).toBe(true);
  });

  it("an unattached upload: the uploader only, while they may see whose data it names", () => {
    expect(can(ACTORS.member, "document.read", loose())).toBe(true);
    expect(can(ACTORS.member, "document.read", loose({ personId: PERSON.child }))).toBe(true);
    expect(decide(ACTORS.member, "document.read", loose({ personId: PERSON.withdrawnConsent }))).toEqual({ allowed: false, reason: "FAM-7" });
    expect(decide(ACTORS.member, "document.read", loose({ ownerUserId: OTHER_USER }))).toEqual({ allowed: false, reason: "owner" });
    expect(decide(ACTORS.handler, "document.read", loose())).toEqual({ allowed: false, reason: "role" });
    expect(decide(ACTORS.employerAdmin, "document.read", loose({ ownerUserId: "user-employer" }))).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("uploading: members only; for a claim, one they may see", () => {
    expect(can(ACTORS.member, "document.upload", { claim: null })).toBe(true);
    expect(decide(ACTORS.handler, "document.upload", { claim: null })).toEqual({ allowed: false, reason: "role" });
    expect(decide(ACTORS.employerAdmin, "document.upload", { claim: null })).toEqual({ allowed: false, reason: "GRP-3" });
  });

  describe("removing", () => {
    const doc = (overrides: Partial<Parameters<typeof can<"document.delete">>[2]> = {}) => ({
      ownerUserId: MEMBER_USER,
      authorisationId: null,
      messageId: null,
      claim: null,
      ...overrides,
    });

    it.each([
      ["unattached, own", doc(), { allowed: true }],
      ["on own draft", doc({ claim: { status: "DRAFT", submittedById: MEMBER_USER } }), { allowed: true }],
      ["on a submitted claim (evidence)", doc({ claim: { status: "SUBMITTED", submittedById: MEMBER_USER } }), { allowed: false, reason: "attached" }],
      ["on someone else's draft", doc({ claim: { status: "DRAFT", submittedById: OTHER_USER } }), { allowed: false, reason: "attached" }],
      ["attached to a message", doc({ messageId: "m" }), { allowed: false, reason: "attached" }],
      ["attached to a pre-authorisation", doc({ authorisationId: "a" }), { allowed: false, reason: "attached" }],
      ["someone else's", doc({ ownerUserId: OTHER_USER }), { allowed: false, reason: "owner" }],
    ] as const)("%s", (_name, resource, expected) => {
      expect(decide(ACTORS.member, "document.delete", resource)).toEqual(expected);
    });

    it("not by a handler or an employer admin", () => {
      expect(decide({ ...ACTORS.handler, userId: MEMBER_USER }, "document.delete", doc())).toEqual({ allowed: false, reason: "role" });
      expect(decide({ ...ACTORS.employerAdmin, userId: MEMBER_USER }, "document.delete", doc())).toEqual({ allowed: false, reason: "GRP-3" });
    });
  });

  it.each([
    ["own, unattached", { ownerUserId: MEMBER_USER, claimId: null, authorisationId: null, messageId: null }, { allowed: true }],
    ["own, already on this claim", { ownerUserId: MEMBER_USER, claimId: "claim-1", authorisationId: null, messageId: null }, { allowed: true }],
    ["own, on another claim", { ownerUserId: MEMBER_USER, claimId: "claim-2", authorisationId: null, messageId: null }, { allowed: false, reason: "attached" }],
    ["own, on a message", { ownerUserId: MEMBER_USER, claimId: null, authorisationId: null, messageId: "m" }, { allowed: false, reason: "attached" }],
    ["own, on a pre-authorisation", { ownerUserId: MEMBER_USER, claimId: null, authorisationId: "a", messageId: null }, { allowed: false, reason: "attached" }],
    ["someone else's", { ownerUserId: OTHER_USER, claimId: null, authorisationId: null, messageId: null }, { allowed: false, reason: "owner" }],
  ] as const)("attaching to claim-1: %s", (_name, doc, expected) => {
    expect(decide({ userId: MEMBER_USER }, "document.attach", { ...doc, targetClaimId: "claim-1" })).toEqual(expected);
  });
});

describe("the family, consents and enrolments (FAM-1…7, ACC-3)", () => {
  const family = { mainPersonId: PERSON.self, activePersonIds: [PERSON.self, PERSON.adultWithoutConsent, PERSON.child] };
  const spouse = actor({ ...ACTORS.member, personId: PERSON.adultWithoutConsent });

  it.each([
    ["the main insured", ACTORS.member, { allowed: true }, { allowed: true }],
    ["the spouse on the policy", spouse, { allowed: true }, { allowed: false, reason: "not-main-insured" }],
    ["a member of another family", actor({ ...ACTORS.member, personId: PERSON.otherFamily }), { allowed: false, reason: "not-on-policy" }, { allowed: false, reason: "not-on-policy" }],
    ["a member account without a person", actor({ ...ACTORS.member, personId: null }), { allowed: false, reason: "not-on-policy" }, { allowed: false, reason: "not-on-policy" }],
    ["a handler", ACTORS.handler, { allowed: false, reason: "role" }, { allowed: false, reason: "role" }],
    ["an employer admin", ACTORS.employerAdmin, { allowed: false, reason: "GRP-3" }, { allowed: false, reason: "GRP-3" }],
  ] as const)("%s: view %o, manage %o", (_name, who, view, manage) => {
    expect(decide(who, "family.view", family)).toEqual(view);
    expect(decide(who, "family.manage", family)).toEqual(manage);
  });

  it.each(["consent.grant", "consent.withdraw"] as const)("%s: only by the person whose data it is (ACC-3)", (action) => {
    expect(can(spouse, action, { grantorPersonId: PERSON.adultWithoutConsent })).toBe(true);
    expect(decide(ACTORS.member, action, { grantorPersonId: PERSON.adultWithoutConsent })).toEqual({ allowed: false, reason: "ACC-3" });
    expect(decide(actor({ ...ACTORS.member, personId: null }), action, { grantorPersonId: PERSON.self })).toEqual({ allowed: false, reason: "ACC-3" });
    expect(decide(ACTORS.handler, action, { grantorPersonId: PERSON.self })).toEqual({ allowed: false, reason: "role" });
    expect(decide(ACTORS.employerAdmin, action, { grantorPersonId: PERSON.self })).toEqual({ allowed: false, reason: "GRP-3" });
  });

  it("enrolments: a handler of the insurer reads the health declaration and decides; nobody else", () => {
    expect(can(ACTORS.handler, "enrolment.queue")).toBe(true);
    expect(decide({ ...ACTORS.handler, insurerId: null }, "enrolment.queue")).toEqual({ allowed: false, reason: "insurer" });
    expect(can(ACTORS.handler, "enrolment.decide", { insurerId: INSURER })).toBe(true);
    expect(decide(ACTORS.otherInsurerHandler, "enrolment.decide", { insurerId: INSURER })).toEqual({ allowed: false, reason: "insurer" });
    expect(decide(ACTORS.member, "enrolment.decide", { insurerId: INSURER })).toEqual({ allowed: false, reason: "role" });
    expect(decide(ACTORS.employerAdmin, "enrolment.queue")).toEqual({ allowed: false, reason: "GRP-3" });
  });
});

it("the tables above go through every action", () => {
  const covered = new Set<Action>([
    ...(Object.keys(ON_A_PERSON) as Action[]),
    "area.account",
    "area.member",
    "area.handler",
    "area.employer",
    "provider.search",
    "claim.queue",
    "claim.edit",
    "document.delete",
    "document.attach",
    "family.view",
    "family.manage",
    "consent.grant",
    "consent.withdraw",
    "enrolment.queue",
    "enrolment.decide",
    // Issue 11's requests: their table is can.authorisations.test.ts.
    ...ACTIONS.filter((action) => action.startsWith("authorisation.")),
    // Issue 14 point 8's complaints: their table is can.complaints.test.ts.
    ...ACTIONS.filter((action) => action.startsWith("complaint.")),
    // Issue 13 point 8's data export: its table is can.export.test.ts.
    ...ACTIONS.filter((action) => action.startsWith("export.")),
    // Issue 12's employer area: its table is can.employer.test.ts.
    ...ACTIONS.filter((action) => action.startsWith("employer.")),
    // Issue 12 point 6's continuation offer (GRP-4): its table is can.continuation.test.ts.
    ...ACTIONS.filter((action) => action.startsWith("continuation.")),
  ]);
  expect([...covered].sort()).toEqual([...ACTIONS].sort());
});
