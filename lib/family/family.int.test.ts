import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadActor } from "../access/actor";
import { can } from "../access/can";
import { activateAccount } from "../auth/accounts";
import type { CurrentUser } from "../auth/current-user.types";
import type { Prisma } from "../db/generated/client";
import { examplePlans } from "../rules/plans";
import { createEnrolment, createInsurer, createPerson, createPlan, createPolicy, createUser, day, testDb } from "../testing/db";
import { addFamilyMember } from "./add-member";
import { giveGrant, listGrants, renewGrant, withdrawGrant } from "./consents";
import { endCover } from "./end-cover";
import { decideEnrolment, getEnrolmentReview, listPendingEnrolments } from "./enrolment-review";
import { loadFamilyOverview } from "./overview";
import { getClaimForMember } from "../claims/member/claim-detail";
import { listClaimsForMember } from "../claims/member/queries";
import type { AddMemberInput } from "./schemas";

const TODAY = "2026-12-02";
const NOW = new Date("2026-12-02T10:00:00Z");
const PASSWORD = "Familie-Kode-2026";
const meta = { ip: "127.0.0.1", today: TODAY, locale: "da" as const };

function asUser(user: { id: string; displayName: string }, person: { id: string; firstName: string; lastName: string; memberNumber: string }, roles: CurrentUser["roles"] = ["MEMBER"]): CurrentUser {
  return { userId: user.id, sessionId: "s", email: "x@example.test", displayName: user.displayName, roles, locale: "da", person, policyNumber: null, employer: null };
}

/** A family on the ihi Top-Up plan (FAM-2 free children under 16, FAM-3 newborns, FAM-5 entry age). */
async function family(policyStart = "2024-01-01") {
  const insurer = await createInsurer();
  const plan = await createPlan({ insurerId: insurer.id, schedule: examplePlans["ihi-bupa-top-up"] as unknown as Prisma.InputJsonValue });
  const policy = await createPolicy({ planId: plan.id, startDate: day(policyStart) });
  const main = await createPerson({ firstName: "Karen", lastName: "Berg", birthDate: day("1985-04-02") });
  const spouse = await createPerson({ firstName: "Jonas", lastName: "Berg", birthDate: day("1983-08-14") });
  const teen = await createPerson({ firstName: "Freja", lastName: "Berg", birthDate: day("2010-03-15") });
  await createEnrolment({ personId: main.id, policyId: policy.id, role: "MAIN" });
  await createEnrolment({ personId: spouse.id, policyId: policy.id, role: "SPOUSE" });
  await createEnrolment({ personId: teen.id, policyId: policy.id, role: "CHILD" });
  const mainUser = await createUser({ password: PASSWORD, personId: main.id, displayName: "Karen Berg" });
  const spouseUser = await createUser({ password: PASSWORD, personId: spouse.id, displayName: "Jonas Berg" });
  const handler = await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: insurer.id, displayName: "Handler" });
  return { insurer, policy, main, spouse, teen, karen: asUser(mainUser, main), jonas: asUser(spouseUser, spouse), handler: { userId: handler.id, roles: ["CLAIMS_HANDLER"] as CurrentUser["roles"] } };
}

const add = (overrides: Partial<AddMemberInput>): AddMemberInput => ({
  idempotencyKey: randomUUID(), role: "CHILD", firstName: "Ny", lastName: "Berg", birthDate: "2019-06-01", cpr: "010619-4123",
  startDate: "2027-01-01", livesAtHome: "yes", ...overrides,
});

const unique4 = () => String(1000 + Math.floor(Math.random() * 8999));

async function seesClaimsOf(user: CurrentUser, personId: string) {
  return can(await loadActor(testDb(), user, NOW), "claim.read", { personId, status: "SUBMITTED", submittedById: randomUUID() });
}
async function actsFor(user: CurrentUser, personId: string) {
  return can(await loadActor(testDb(), user, NOW), "claim.create", { personId });
}

describe("adding family members (FAM-1…5)", () => {
  it("a second spouse is refused with FAM-1; a child is added, covered from the start and the parent claims for them", async () => {
    const f = await family();
    const second = await addFamilyMember(testDb(), f.karen, add({ role: "SPOUSE", birthDate: "1980-01-01", cpr: `010180-${unique4()}` }), meta);
    expect(second).toMatchObject({ outcome: "refused" });
    expect(second.reasons.map((r) => r.ruleId)).toEqual(["FAM-1"]);
    expect(second.reasons[0]!.en).toContain("Only one spouse");

    const input = add({ cpr: `010619-4${unique4().slice(1)}` });
    const child = await addFamilyMember(testDb(), f.karen, input, meta);
    expect(child).toMatchObject({ outcome: "added", coverFrom: "2027-01-01" });
    const again = await addFamilyMember(testDb(), f.karen, input, meta);
    expect(again).toMatchObject({ outcome: "added", personId: (child as { personId: string }).personId });
    expect(await testDb().enrolment.count({ where: { policyId: f.policy.id } })).toBe(4);
    expect(await actsFor(f.karen, (child as { personId: string }).personId)).toBe(true);
    const events = await testDb().policyEvent.findMany({ where: { policyId: f.policy.id } });
    expect(events.map((e) => [e.kind, e.actorUserId])).toEqual([["MEMBER_ADDED", f.karen.userId]]);
  });

  it("only the main insured changes the family", async () => {
    const f = await family();
    await expect(addFamilyMember(testDb(), f.jonas, add({}), meta)).rejects.toMatchObject({ messageKey: "family.errors.notMainInsured" });
  });

  it.each([
    ["a birth date in the future", { birthDate: "2027-01-01", cpr: "010127-4123" }, "birthDate", "family.errors.birthInFuture"],
    ["a child older than the parent", { birthDate: "1980-01-01", cpr: "010180-1234" }, "birthDate", "family.errors.childOlderThanParent"],
    ["a start in the past", { startDate: "2026-11-01" }, "startDate", "family.errors.startInPast"],
  ])("bad input: %s, refused on its field", async (_name, overrides, field, messageKey) => {
    const f = await family();
    await expect(addFamilyMember(testDb(), f.karen, add(overrides), meta)).rejects.toMatchObject({ field, messageKey });
  });

  it("an adult added with an e-mail is invited (ACC-1) and activates their own login", async () => {
    const f = await family();
    const email = `anna.${unique4()}@example.test`;
    const outcome = await addFamilyMember(testDb(), f.karen, add({ role: "PARTNER", birthDate: "1990-02-03", cpr: `030290-${unique4()}`, email }), { ...meta });
    // The spouse already there refuses a partner (FAM-1): end the spouse's cover first.
    expect(outcome.outcome).toBe("refused");
    const spouseEnrolment = await testDb().enrolment.findFirstOrThrow({ where: { personId: f.spouse.id } });
    await endCover(testDb(), f.karen, { enrolmentId: spouseEnrolment.id, endDate: "2026-12-10", reason: "REQUEST" }, meta);
    const later = { ...meta, today: "2027-01-02" };
    const added = await addFamilyMember(testDb(), f.karen, add({ role: "PARTNER", birthDate: "1990-02-03", cpr: `030290-${unique4()}`, email, startDate: "2027-01-02" }), later);
    expect(added).toMatchObject({ outcome: "added", invited: true });
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: email, template: "family-invitation" } });
    const memberNumber = /Medlemsnummer: (\d{8})/.exec(mail.textBody)![1]!;
    const code = /Aktiveringskode: ([A-Z0-9]{8})/.exec(mail.textBody)![1]!;
    const activated = await activateAccount(testDb(), { memberNumber, activationCode: code, email, password: "Annas-kode-2027", ip: "10.0.0.9" });
    expect(activated.ok).toBe(true);
  });
});

describe("newborns (FAM-3) and the handler's decision", () => {
  it("on a policy under 12 months old a newborn needs a health declaration; it waits for the handler, who accepts", async () => {
    const f = await family("2026-06-01");
    const newborn = add({ role: "NEWBORN", birthDate: "2026-11-20", cpr: `201126-4${unique4().slice(1)}`, startDate: undefined });
    await expect(addFamilyMember(testDb(), f.karen, newborn, meta)).rejects.toMatchObject({ field: "hospitalised", messageKey: "family.errors.healthDeclarationNeeded" });
    const pending = await addFamilyMember(testDb(), f.karen, { ...newborn, hospitalised: "no", chronicCondition: "no", ongoingTreatment: "yes", birthComplications: "no", details: "Kontrol hos børnelæge" }, meta);
    expect(pending).toMatchObject({ outcome: "pending", dueDate: "2026-12-09" });
    const personId = (pending as { personId: string }).personId;
    expect(await actsFor(f.karen, personId)).toBe(false);

    const queue = await listPendingEnrolments(testDb(), f.handler, TODAY);
    expect(queue).toHaveLength(1);
    const review = await getEnrolmentReview(testDb(), f.handler, queue[0]!.enrolmentId, meta);
    expect(review?.answers.find((a) => a.question === "ongoingTreatment")?.answer).toBe("yes");
    expect(await testDb().auditEvent.count({ where: { action: "health_declaration.read", personId } })).toBe(1);
    const otherHandler = await createUser({ roles: ["CLAIMS_HANDLER"], insurerId: (await createInsurer()).id });
    expect(await getEnrolmentReview(testDb(), { userId: otherHandler.id, roles: ["CLAIMS_HANDLER"] }, queue[0]!.enrolmentId, meta)).toBeNull();

    await decideEnrolment(testDb(), f.handler, { enrolmentId: queue[0]!.enrolmentId, decision: "ACCEPTED" }, meta);
    await expect(decideEnrolment(testDb(), f.handler, { enrolmentId: queue[0]!.enrolmentId, decision: "REFUSED", note: "x" }, meta)).rejects.toMatchObject({ messageKey: "family.errors.alreadyDecided" });
    expect(await actsFor(f.karen, personId)).toBe(true);
    expect(await listPendingEnrolments(testDb(), f.handler, TODAY)).toEqual([]);
    const kinds = (await testDb().policyEvent.findMany({ where: { policyId: f.policy.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["ENROLMENT_PENDING", "ENROLMENT_ACCEPTED"]);
  });

  it("after 12 months in force a newborn registered in time is covered from birth without a declaration", async () => {
    const f = await family();
    const outcome = await addFamilyMember(testDb(), f.karen, add({ role: "NEWBORN", birthDate: "2026-11-20", cpr: `201126-4${unique4().slice(1)}`, startDate: undefined }), meta);
    expect(outcome).toMatchObject({ outcome: "added", coverFrom: "2026-11-20" });
    expect(await testDb().healthDeclaration.count({ where: { enrolment: { policyId: f.policy.id } } })).toBe(0);
  });
});

describe("consent and power of attorney (ACC-3, FAM-7)", () => {
  const grant = (granteePersonId: string, overrides: Record<string, string> = {}) => ({
    granteePersonId, kind: "HEALTH_DATA_SHARING" as const, scope: "ALL" as const, validFrom: TODAY, validTo: "2027-12-01", password: PASSWORD, ...overrides,
  });

  it("the spouse gives consent with their password: the main insured sees, does not act; withdrawn, sees nothing", async () => {
    const f = await family();
    expect(await seesClaimsOf(f.karen, f.spouse.id)).toBe(false);
    await expect(giveGrant(testDb(), f.jonas, grant(f.main.id, { password: "wrong" }), meta)).rejects.toMatchObject({ field: "password" });
    await expect(giveGrant(testDb(), f.jonas, grant(f.main.id, { validTo: "2027-12-02" }), meta)).rejects.toMatchObject({ field: "validTo", messageKey: "family.errors.grant.tooLong" });
    await expect(giveGrant(testDb(), f.jonas, grant(f.teen.id), meta)).rejects.toMatchObject({ field: "granteePersonId", messageKey: "family.errors.grant.granteeNotAdult" });
    const { id } = await giveGrant(testDb(), f.jonas, grant(f.main.id), meta);
    await expect(giveGrant(testDb(), f.jonas, grant(f.main.id), meta)).rejects.toMatchObject({ messageKey: "family.errors.grant.alreadyGiven" });
    expect(await seesClaimsOf(f.karen, f.spouse.id)).toBe(true);
    expect(await actsFor(f.karen, f.spouse.id)).toBe(false);

    // A use: the main insured reads the spouse's data (the claims pages audit that with personId).
    await testDb().auditEvent.create({ data: { actorUserId: f.karen.userId, action: "claim.read", subjectType: "Claim", personId: f.spouse.id } });
    const listed = await listGrants(testDb(), f.spouse.id, TODAY);
    expect(listed.given).toHaveLength(1);
    expect(listed.given[0]).toMatchObject({ otherName: "Karen Berg", state: "active", uses: [{ action: "claim.read" }] });
    expect((await listGrants(testDb(), f.main.id, TODAY)).received[0]).toMatchObject({ otherName: "Jonas Berg" });

    await expect(withdrawGrant(testDb(), f.karen, id, meta)).rejects.toMatchObject({ messageKey: "family.errors.notFound" });
    await withdrawGrant(testDb(), f.jonas, id, meta);
    expect(await seesClaimsOf(f.karen, f.spouse.id)).toBe(false);
    const audit = await testDb().auditEvent.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["consent.given", "consent.withdrawn"]);
    const kinds = (await testDb().policyEvent.findMany({ where: { policyId: f.policy.id }, orderBy: { createdAt: "asc" } })).map((e) => [e.kind, e.actorUserId]);
    expect(kinds).toEqual([["CONSENT_GIVEN", f.jonas.userId], ["CONSENT_WITHDRAWN", f.jonas.userId]]);
  });

  it("a power of attorney lets the grantee act; renewed for 12 months from today", async () => {
    const f = await family();
    const { id } = await giveGrant(testDb(), f.jonas, grant(f.main.id, { kind: "POWER_OF_ATTORNEY", validTo: "2027-01-31" }), meta);
    expect(await actsFor(f.karen, f.spouse.id)).toBe(true);
    await renewGrant(testDb(), f.jonas, { consentId: id, password: PASSWORD }, meta);
    const row = await testDb().consent.findUniqueOrThrow({ where: { id } });
    expect(row.validTo?.toISOString().slice(0, 10)).toBe("2027-12-01");
    expect(row.renewedAt).not.toBeNull();
  });

  it("a 16-year-old's claims are hidden from the parent until the child consents (Danish Health Act §17)", async () => {
    const f = await family();
    expect(await seesClaimsOf(f.karen, f.teen.id)).toBe(false);
    const overview = await loadFamilyOverview(testDb(), f.karen, TODAY);
    const karen = overview!.members.find((m) => m.isViewer)!;
    expect(karen.sees.map((s) => s.name)).toEqual(["Karen Berg"]);
    expect(overview!.members.find((m) => m.personId === f.teen.id)).toMatchObject({ premium: "paying", invitable: true, age: 16 });
    const teenUser = await createUser({ password: PASSWORD, personId: f.teen.id, displayName: "Freja Berg" });
    const freja = asUser(teenUser, f.teen);
    await expect(giveGrant(testDb(), freja, grant(f.main.id), meta)).resolves.toMatchObject({ id: expect.any(String) });
    expect(await seesClaimsOf(f.karen, f.teen.id)).toBe(true);
    expect(await actsFor(f.karen, f.teen.id)).toBe(false);
  });
});

describe("the claims pages follow the rights at once", () => {
  it("a 16-year-old's claim: hidden from the parent, shown with her consent (read, not answered), hidden again when withdrawn", async () => {
    const f = await family();
    const teenUser = await createUser({ password: PASSWORD, personId: f.teen.id, displayName: "Freja Berg" });
    const freja = asUser(teenUser, f.teen);
    const claim = await testDb().claim.create({
      data: { number: `C-T-${randomUUID().slice(0, 8)}`, policyId: f.policy.id, personId: f.teen.id, submittedById: teenUser.id, status: "INFORMATION_REQUESTED", currency: "DKK", submittedAt: NOW, diagnosis: "Knæskade" },
    });
    const opts = { locale: "da" as const, ip: "127.0.0.1" };
    const listed = async () => (await listClaimsForMember(testDb(), f.karen, opts)).items.map((i) => i.id);
    expect(await listed()).not.toContain(claim.id);
    expect(await getClaimForMember(testDb(), f.karen, claim.id, opts)).toBeNull();

    const { id } = await giveGrant(testDb(), freja, { granteePersonId: f.main.id, kind: "HEALTH_DATA_SHARING", scope: "ALL", validFrom: TODAY, validTo: "2027-12-01", password: PASSWORD }, meta);
    expect(await listed()).toContain(claim.id);
    expect((await getClaimForMember(testDb(), f.karen, claim.id, opts))?.id).toBe(claim.id);
    const resource = { personId: f.teen.id, status: claim.status, submittedById: teenUser.id };
    expect(can(await loadActor(testDb(), f.karen, NOW), "claim.respond", resource)).toBe(false);
    const reads = await testDb().auditEvent.count({ where: { actorUserId: f.karen.userId, personId: f.teen.id } });
    expect(reads).toBeGreaterThanOrEqual(2);
    expect((await listGrants(testDb(), f.teen.id, TODAY)).given[0]!.uses.length).toBe(reads);

    await withdrawGrant(testDb(), freja, id, meta);
    expect(await listed()).not.toContain(claim.id);
    expect(await getClaimForMember(testDb(), f.karen, claim.id, opts)).toBeNull();
  });
});

describe("ending cover", () => {
  it("at the end of the month chosen, never back in time; the spouse then sees only themself", async () => {
    const f = await family();
    const enrolment = await testDb().enrolment.findFirstOrThrow({ where: { personId: f.spouse.id } });
    await expect(endCover(testDb(), f.karen, { enrolmentId: enrolment.id, endDate: "2026-11-30", reason: "REQUEST" }, meta)).rejects.toMatchObject({ field: "endDate" });
    await expect(endCover(testDb(), f.jonas, { enrolmentId: enrolment.id, endDate: "2026-12-15", reason: "REQUEST" }, meta)).rejects.toMatchObject({ messageKey: "family.errors.notMainInsured" });
    const outcome = await endCover(testDb(), f.karen, { enrolmentId: enrolment.id, endDate: "2026-12-15", reason: "REQUEST" }, meta);
    expect(outcome).toEqual({ endsOn: "2026-12-31", continuing: [] });
    const event = await testDb().policyEvent.findFirstOrThrow({ where: { policyId: f.policy.id, kind: "COVER_ENDED" } });
    expect(event.effectiveOn.toISOString().slice(0, 10)).toBe("2026-12-31");
  });

  it("FAM-6: on the group plan the co-insured keep cover to the end of the paid period when the main insured leaves", async () => {
    const insurer = await createInsurer();
    const plan = await createPlan({ insurerId: insurer.id, schedule: examplePlans["dss-group-navigation"] as unknown as Prisma.InputJsonValue });
    // The family overview manages individual policies; the rule itself is the engine's, on any plan that says so.
    const policy = await createPolicy({ planId: plan.id, startDate: day("2026-01-01"), renewalDate: day("2027-06-01") });
    const main = await createPerson({ birthDate: day("1980-01-01") });
    const spouse = await createPerson({ birthDate: day("1981-01-01"), firstName: "Sam" });
    const mainEnrolment = await createEnrolment({ personId: main.id, policyId: policy.id, role: "MAIN" });
    await createEnrolment({ personId: spouse.id, policyId: policy.id, role: "SPOUSE" });
    const user = await createUser({ password: PASSWORD, personId: main.id });
    const outcome = await endCover(testDb(), asUser({ id: user.id, displayName: "M" }, main), { enrolmentId: mainEnrolment.id, endDate: "2026-12-20", reason: "MAIN_INSURED_LEFT" }, meta);
    expect(outcome).toEqual({ endsOn: "2026-12-31", continuing: [{ name: "Sam Person", until: "2027-05-31" }] });
  });
});
