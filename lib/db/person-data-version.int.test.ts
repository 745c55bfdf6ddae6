import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createClaim, family, otherMember } from "../claims/follow-up.fixtures";
import { createEnrolment, createPerson, createPolicy, createUser, day, testDb, unique } from "../testing/db";
import { readSessionFingerprint } from "./person-data-version";

/**
 * "PersonDataVersion" is maintained by triggers (migration person_data_version): every write a
 * member could see about a person bumps that person's version, and nobody else's.
 */

async function versions(): Promise<Map<string, bigint>> {
  const rows = await testDb().personDataVersion.findMany();
  return new Map(rows.map((row) => [row.personId, row.version]));
}

async function bumpedBy(write: () => Promise<unknown>): Promise<Set<string>> {
  const before = await versions();
  await write();
  const after = await versions();
  const bumped = new Set<string>();
  for (const [personId, version] of after) {
    if (version !== (before.get(personId) ?? 0n)) bumped.add(personId);
  }
  return bumped;
}

/** A family (main insured with a claim, spouse, child with a claim) and an unrelated member. */
async function world() {
  const f = await family();
  const other = await otherMember();
  const mainClaim = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id });
  const childClaim = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id });
  const otherClaim = await createClaim({ policyId: other.policy.id, personId: other.person.id, submittedById: other.user.id });
  const authorisation = await createAuthorisation(f.policy.id, f.child.id, f.mainUser.id);
  return { ...f, other, mainClaim, childClaim, otherClaim, authorisation };
}
type World = Awaited<ReturnType<typeof world>>;

function createAuthorisation(policyId: string, personId: string, requestedById: string) {
  return testDb().authorisation.create({
    data: {
      reference: unique("PA-"),
      kind: "PRE_AUTHORISATION",
      policyId,
      personId,
      requestedById,
      category: "physiotherapy",
      diagnosis: "Knæskade",
      plannedTreatment: "Fysioterapi",
      providerName: "Fysioterapi København",
      plannedDate: day("2026-12-01"),
      currency: "DKK",
    },
  });
}

function createDocument(ownerUserId: string, links: { personId?: string | null; claimId?: string | null; authorisationId?: string | null }) {
  return testDb().document.create({
    data: {
      storageKey: crypto.randomUUID(),
      originalName: "faktura.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1_000,
      sha256: crypto.createHash("sha256").update(crypto.randomUUID()).digest("hex"),
      kind: "INVOICE",
      ownerUserId,
      ...links,
    },
  });
}

function createSettlementNote(claimId: string) {
  return testDb().settlementNote.create({
    data: {
      claimId,
      number: unique("S-"),
      currency: "DKK",
      claimedTotalMinor: 60_000,
      payableTotalMinor: 48_000,
      memberShareMinor: 12_000,
      payeeName: "Mette Jensen",
      content: {},
    },
  });
}

interface Case {
  name: string;
  /** The write whose effect is measured; setup that must not count goes in `prepare`. */
  write: (w: World, prepared: unknown) => Promise<unknown>;
  prepare?: (w: World) => Promise<unknown>;
  /** Who must be bumped (exactly these, of the family and the unrelated member). */
  expected: (w: World) => string[];
}

const db = () => testDb();

const cases: Case[] = [
  // Claim
  { name: "Claim insert", write: (w) => createClaim({ policyId: w.policy.id, personId: w.spouse.id, submittedById: w.spouseUser.id }), expected: (w) => [w.spouse.id] },
  { name: "Claim update", write: (w) => db().claim.update({ where: { id: w.childClaim.id }, data: { status: "IN_REVIEW" } }), expected: (w) => [w.child.id] },
  { name: "Claim delete (cascades to its lines)", write: (w) => db().claim.delete({ where: { id: w.childClaim.id } }), expected: (w) => [w.child.id] },
  // ClaimLine
  {
    name: "ClaimLine insert",
    write: (w) =>
      db().claimLine.create({
        data: { claimId: w.childClaim.id, lineNo: 2, treatmentDate: day("2026-11-02"), category: "physiotherapy", providerName: "Fys", country: "DK", amountMinor: 50_000, currency: "DKK" },
      }),
    expected: (w) => [w.child.id],
  },
  { name: "ClaimLine update", write: (w) => db().claimLine.update({ where: { id: w.childClaim.lines[0]!.id }, data: { outcome: "APPROVED" } }), expected: (w) => [w.child.id] },
  { name: "ClaimLine delete", write: (w) => db().claimLine.delete({ where: { id: w.childClaim.lines[0]!.id } }), expected: (w) => [w.child.id] },
  // ClaimEvent
  { name: "ClaimEvent insert", write: (w) => db().claimEvent.create({ data: { claimId: w.childClaim.id, kind: "IN_REVIEW" } }), expected: (w) => [w.child.id] },
  {
    name: "ClaimEvent update",
    prepare: (w) => db().claimEvent.create({ data: { claimId: w.childClaim.id, kind: "IN_REVIEW" } }),
    write: (_w, event) => db().claimEvent.update({ where: { id: (event as { id: string }).id }, data: { data: { note: "x" } } }),
    expected: (w) => [w.child.id],
  },
  {
    name: "ClaimEvent delete",
    prepare: (w) => db().claimEvent.create({ data: { claimId: w.childClaim.id, kind: "IN_REVIEW" } }),
    write: (_w, event) => db().claimEvent.delete({ where: { id: (event as { id: string }).id } }),
    expected: (w) => [w.child.id],
  },
  // SettlementNote
  { name: "SettlementNote insert", write: (w) => createSettlementNote(w.childClaim.id), expected: (w) => [w.child.id] },
  {
    name: "SettlementNote update",
    prepare: (w) => createSettlementNote(w.childClaim.id),
    write: (w) => db().settlementNote.update({ where: { claimId: w.childClaim.id }, data: { paymentDate: day("2026-11-20") } }),
    expected: (w) => [w.child.id],
  },
  {
    name: "SettlementNote delete",
    prepare: (w) => createSettlementNote(w.childClaim.id),
    write: (w) => db().settlementNote.delete({ where: { claimId: w.childClaim.id } }),
    expected: (w) => [w.child.id],
  },
  // Message
  { name: "Message on a claim, insert", write: (w) => db().message.create({ data: { claimId: w.childClaim.id, authorUserId: w.handler.id, fromHandler: true, body: "Hej" } }), expected: (w) => [w.child.id] },
  {
    name: "Message on an authorisation, insert",
    write: (w) => db().message.create({ data: { authorisationId: w.authorisation.id, authorUserId: w.handler.id, fromHandler: true, body: "Hej" } }),
    expected: (w) => [w.child.id],
  },
  {
    name: "Message update (read)",
    prepare: (w) => db().message.create({ data: { claimId: w.mainClaim.id, authorUserId: w.handler.id, fromHandler: true, body: "Hej" } }),
    write: (_w, message) => db().message.update({ where: { id: (message as { id: string }).id }, data: { readAt: new Date() } }),
    expected: (w) => [w.main.id],
  },
  {
    name: "Message delete",
    prepare: (w) => db().message.create({ data: { claimId: w.mainClaim.id, authorUserId: w.handler.id, fromHandler: true, body: "Hej" } }),
    write: (_w, message) => db().message.delete({ where: { id: (message as { id: string }).id } }),
    expected: (w) => [w.main.id],
  },
  // MemberTask: the task's user's person, and the person of its claim
  {
    name: "MemberTask insert (user and claim)",
    write: (w) => db().memberTask.create({ data: { userId: w.mainUser.id, claimId: w.childClaim.id, kind: "CLAIM_INFORMATION", text: "Send henvisning" } }),
    expected: (w) => [w.main.id, w.child.id],
  },
  {
    name: "MemberTask update (no claim)",
    prepare: (w) => db().memberTask.create({ data: { userId: w.spouseUser.id, kind: "OTHER", text: "x" } }),
    write: (_w, task) => db().memberTask.update({ where: { id: (task as { id: string }).id }, data: { status: "DONE", doneAt: new Date() } }),
    expected: (w) => [w.spouse.id],
  },
  {
    name: "MemberTask delete",
    prepare: (w) => db().memberTask.create({ data: { userId: w.spouseUser.id, kind: "OTHER", text: "x" } }),
    write: (_w, task) => db().memberTask.delete({ where: { id: (task as { id: string }).id } }),
    expected: (w) => [w.spouse.id],
  },
  // Document
  { name: "Document insert with a person", write: (w) => createDocument(w.mainUser.id, { personId: w.child.id }), expected: (w) => [w.child.id] },
  { name: "Document insert with only a claim", write: (w) => createDocument(w.mainUser.id, { claimId: w.childClaim.id }), expected: (w) => [w.child.id] },
  { name: "Document insert with only an authorisation", write: (w) => createDocument(w.mainUser.id, { authorisationId: w.authorisation.id }), expected: (w) => [w.child.id] },
  { name: "Document insert, unattached upload (no person yet)", write: (w) => createDocument(w.mainUser.id, {}), expected: () => [] },
  {
    name: "Document update (attached to a claim)",
    prepare: (w) => createDocument(w.mainUser.id, {}),
    write: (w, doc) => db().document.update({ where: { id: (doc as { id: string }).id }, data: { claimId: w.mainClaim.id, personId: w.main.id, attachedAt: new Date() } }),
    expected: (w) => [w.main.id],
  },
  {
    name: "Document delete",
    prepare: (w) => createDocument(w.mainUser.id, { personId: w.child.id, claimId: w.childClaim.id }),
    write: (_w, doc) => db().document.delete({ where: { id: (doc as { id: string }).id } }),
    expected: (w) => [w.child.id],
  },
  // ClaimLineDocument
  {
    name: "ClaimLineDocument insert",
    prepare: (w) => createDocument(w.mainUser.id, { claimId: w.childClaim.id }),
    write: (w, doc) => db().claimLineDocument.create({ data: { claimLineId: w.childClaim.lines[0]!.id, documentId: (doc as { id: string }).id } }),
    expected: (w) => [w.child.id],
  },
  {
    name: "ClaimLineDocument delete",
    prepare: async (w) => {
      const doc = await createDocument(w.mainUser.id, { personId: w.child.id, claimId: w.childClaim.id });
      return db().claimLineDocument.create({ data: { claimLineId: w.childClaim.lines[0]!.id, documentId: doc.id } });
    },
    write: (_w, link) => db().claimLineDocument.delete({ where: { claimLineId_documentId: link as { claimLineId: string; documentId: string } } }),
    expected: (w) => [w.child.id],
  },
  // Authorisation
  { name: "Authorisation insert", write: (w) => createAuthorisation(w.policy.id, w.spouse.id, w.spouseUser.id), expected: (w) => [w.spouse.id] },
  { name: "Authorisation update", write: (w) => db().authorisation.update({ where: { id: w.authorisation.id }, data: { status: "APPROVED" } }), expected: (w) => [w.child.id] },
  {
    name: "Authorisation delete",
    prepare: (w) => createAuthorisation(w.policy.id, w.spouse.id, w.spouseUser.id),
    write: (_w, authorisation) => db().authorisation.delete({ where: { id: (authorisation as { id: string }).id } }),
    expected: (w) => [w.spouse.id],
  },
  // Person
  { name: "Person update", write: (w) => db().person.update({ where: { id: w.spouse.id }, data: { phone: "+45 12 34 56 78" } }), expected: (w) => [w.spouse.id] },
  // Enrolment
  {
    name: "Enrolment update",
    write: async (w) => db().enrolment.updateMany({ where: { personId: w.spouse.id }, data: { endDate: day("2026-12-31") } }),
    expected: (w) => [w.spouse.id],
  },
  // Policy: its cover is shown to everyone on it
  {
    name: "Policy update",
    write: (w) => db().policy.update({ where: { id: w.policy.id }, data: { status: "SUSPENDED" } }),
    expected: (w) => [w.main.id, w.spouse.id, w.child.id],
  },
  // Consent: grantor and grantee
  {
    name: "Consent insert",
    write: (w) => db().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: w.spouse.id, granteePersonId: w.main.id } }),
    expected: (w) => [w.spouse.id, w.main.id],
  },
  {
    name: "Consent update (withdrawn)",
    prepare: (w) => db().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: w.spouse.id, granteePersonId: w.main.id } }),
    write: (_w, consent) => db().consent.update({ where: { id: (consent as { id: string }).id }, data: { withdrawnAt: new Date() } }),
    expected: (w) => [w.spouse.id, w.main.id],
  },
  {
    name: "Consent delete",
    prepare: (w) => db().consent.create({ data: { kind: "POWER_OF_ATTORNEY", grantorPersonId: w.spouse.id, granteePersonId: w.main.id } }),
    write: (_w, consent) => db().consent.delete({ where: { id: (consent as { id: string }).id } }),
    expected: (w) => [w.spouse.id, w.main.id],
  },
  // User
  { name: "User update", write: (w) => db().user.update({ where: { id: w.spouseUser.id }, data: { locale: "en" } }), expected: (w) => [w.spouse.id] },
  { name: "User insert (account for the child)", write: (w) => createUser({ personId: w.child.id }), expected: (w) => [w.child.id] },
  {
    name: "User moved to another person",
    write: (w) => db().user.update({ where: { id: w.spouseUser.id }, data: { personId: w.child.id } }),
    expected: (w) => [w.spouse.id, w.child.id],
  },
  { name: "Staff user update (no person)", write: (w) => db().user.update({ where: { id: w.handler.id }, data: { displayName: "Karin H." } }), expected: () => [] },
  // Not member-visible: nothing is bumped
  {
    name: "AuditEvent insert (no trigger)",
    write: (w) => db().auditEvent.create({ data: { actorUserId: w.mainUser.id, action: "claim.view", subjectType: "Claim", subjectId: w.childClaim.id, personId: w.child.id } }),
    expected: () => [],
  },
];

describe("PersonDataVersion triggers", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s bumps exactly the right persons", async (_name, c) => {
    const w = await world();
    const prepared = c.prepare ? await c.prepare(w) : undefined;
    const bumped = await bumpedBy(() => c.write(w, prepared));
    const family = [w.main.id, w.spouse.id, w.child.id, w.other.person.id];
    expect(family.filter((id) => bumped.has(id)).sort()).toEqual([...c.expected(w)].sort());
  });

  it("Enrolment insert bumps the newly enrolled person; delete bumps them again", async () => {
    const w = await world();
    const person = await createPerson({ firstName: "Oscar" });
    const enrolled = await bumpedBy(() => createEnrolment({ personId: person.id, policyId: w.policy.id, role: "CHILD" }));
    // Person insert already made a row; the enrolment bumps it again, and no one else.
    expect([...enrolled]).toEqual([person.id]);
    const removed = await bumpedBy(() => db().enrolment.deleteMany({ where: { personId: person.id } }));
    expect([...removed]).toEqual([person.id]);
  });

  it("Person insert starts the person's version at 1; delete bumps it", async () => {
    const person = await createPerson();
    expect((await db().personDataVersion.findUnique({ where: { personId: person.id } }))?.version).toBe(1n);
    expect([...(await bumpedBy(() => db().person.delete({ where: { id: person.id } })))]).toEqual([person.id]);
  });

  it("a claim moved between persons bumps both, each once", async () => {
    const w = await world();
    const before = await versions();
    await db().claim.update({ where: { id: w.mainClaim.id }, data: { personId: w.child.id } });
    const after = await versions();
    expect(after.get(w.main.id)! - before.get(w.main.id)!).toBe(1n);
    expect(after.get(w.child.id)! - before.get(w.child.id)!).toBe(1n);
    expect(after.get(w.spouse.id)).toBe(before.get(w.spouse.id));
    expect(after.get(w.other.person.id)).toBe(before.get(w.other.person.id));
  });

  it("a multi-row statement bumps once per row", async () => {
    const w = await world();
    const before = (await versions()).get(w.child.id)!;
    await db().claimEvent.createMany({ data: [1, 2, 3].map(() => ({ claimId: w.childClaim.id, kind: "MESSAGE" as const })) });
    expect((await versions()).get(w.child.id)! - before).toBe(3n);
  });
});

describe("readSessionFingerprint", () => {
  async function signedIn(userId: string) {
    return db().session.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  }
  const fingerprint = async (sessionId: string) => (await readSessionFingerprint(testDb(), sessionId))?.fingerprint;

  it("returns the session and its user's state", async () => {
    const w = await world();
    const session = await signedIn(w.mainUser.id);
    const result = await readSessionFingerprint(testDb(), session.id);
    expect(result).toEqual({
      userId: w.mainUser.id,
      revokedAt: null,
      expiresAt: session.expiresAt,
      lastSeenAt: session.lastSeenAt,
      disabledAt: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("changes when a family member's data or the user row changes, not for unrelated or bookkeeping writes", async () => {
    const w = await world();
    const session = await signedIn(w.mainUser.id);
    const start = await fingerprint(session.id);
    expect(await fingerprint(session.id)).toBe(start);

    // Unrelated family, audit, session bookkeeping: unchanged.
    await db().claim.update({ where: { id: w.otherClaim.id }, data: { status: "IN_REVIEW" } });
    await db().auditEvent.create({ data: { actorUserId: w.mainUser.id, action: "claim.view", subjectType: "Claim", subjectId: w.childClaim.id, personId: w.child.id } });
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() + 60_000) } });
    await db().loginAttempt.create({ data: { email: w.mainUser.email, ip: "127.0.0.1", succeeded: true } });
    expect(await fingerprint(session.id)).toBe(start);

    // The child's claim.
    await db().claim.update({ where: { id: w.childClaim.id }, data: { status: "IN_REVIEW" } });
    const afterChild = await fingerprint(session.id);
    expect(afterChild).not.toBe(start);

    // A line of the spouse's claim (on the same policy).
    const spouseClaim = await createClaim({ policyId: w.policy.id, personId: w.spouse.id, submittedById: w.spouseUser.id });
    const afterSpouse = await fingerprint(session.id);
    expect(afterSpouse).not.toBe(afterChild);

    // The user row.
    await db().user.update({ where: { id: w.mainUser.id }, data: { locale: "en" } });
    const afterUser = await fingerprint(session.id);
    expect(afterUser).not.toBe(afterSpouse);

    // The unrelated member's session is not affected by the family's writes.
    const otherSession = await signedIn(w.other.user.id);
    const otherStart = await fingerprint(otherSession.id);
    await db().claimLine.update({ where: { id: spouseClaim.lines[0]!.id }, data: { outcome: "APPROVED" } });
    expect(await fingerprint(otherSession.id)).toBe(otherStart);
    expect(await fingerprint(session.id)).not.toBe(afterUser);
  });

  it("an adult co-insured's fingerprint follows their own data, not the main insured's (FAM-7)", async () => {
    const w = await world();
    const session = await signedIn(w.spouseUser.id);
    const start = await fingerprint(session.id);
    await db().claim.update({ where: { id: w.childClaim.id }, data: { status: "IN_REVIEW" } });
    expect(await fingerprint(session.id)).toBe(start);
    await createClaim({ policyId: w.policy.id, personId: w.spouse.id, submittedById: w.spouseUser.id });
    expect(await fingerprint(session.id)).not.toBe(start);
  });

  it("an employee on a group policy is not affected by a colleague's claims", async () => {
    const w = await world();
    const scheme = await createPolicy({ planId: w.policy.planId, kind: "GROUP" });
    const employee = await createPerson({ firstName: "Ida" });
    const colleague = await createPerson({ firstName: "Ole" });
    for (const person of [employee, colleague]) await createEnrolment({ personId: person.id, policyId: scheme.id, role: "EMPLOYEE" });
    const employeeUser = await createUser({ personId: employee.id });
    const session = await signedIn(employeeUser.id);
    const start = await fingerprint(session.id);
    const colleagueUser = await createUser({ personId: colleague.id });
    await createClaim({ policyId: scheme.id, personId: colleague.id, submittedById: colleagueUser.id });
    expect(await fingerprint(session.id)).toBe(start);
    await createClaim({ policyId: scheme.id, personId: employee.id, submittedById: employeeUser.id });
    expect(await fingerprint(session.id)).not.toBe(start);
  });

  it("follows a consent grantor on another policy (ACC-3)", async () => {
    const w = await world();
    const session = await signedIn(w.mainUser.id);
    await db().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: w.other.person.id, granteePersonId: w.main.id } });
    const start = await fingerprint(session.id);
    await db().claim.update({ where: { id: w.otherClaim.id }, data: { status: "IN_REVIEW" } });
    expect(await fingerprint(session.id)).not.toBe(start);
  });

  it("a user without a person gets a fingerprint from the user row alone", async () => {
    const w = await world();
    const session = await signedIn(w.handler.id);
    const start = await fingerprint(session.id);
    expect(start).toMatch(/^[0-9a-f]{32}$/);
    await db().claim.update({ where: { id: w.childClaim.id }, data: { status: "IN_REVIEW", assignedHandlerId: w.handler.id } });
    expect(await fingerprint(session.id)).toBe(start);
    await db().user.update({ where: { id: w.handler.id }, data: { disabledAt: new Date() } });
    const disabled = await readSessionFingerprint(testDb(), session.id);
    expect(disabled?.fingerprint).not.toBe(start);
    expect(disabled?.disabledAt).toBeInstanceOf(Date);
  });

  it("returns null for an unknown or malformed session id", async () => {
    expect(await readSessionFingerprint(testDb(), crypto.randomUUID())).toBeNull();
    expect(await readSessionFingerprint(testDb(), "not-a-session")).toBeNull();
  });
});
