import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { removeLeaver } from "../employer/changes";
import { adminOf, csv, meta, seededAdmins, TODAY } from "../employer/employer-testing";
import { applyImport, confirmImport, dryRunImport } from "../employer/import";
import { claimCaseOf } from "../claims/claim-case";
import { loadClaimFacts } from "../cover/facts";
import { addDays } from "../rules/dates";
import { evaluateClaim } from "../rules/engine/evaluateClaim";
import { testDb } from "../testing/db";
import { acceptContinuation } from "./accept";

// Issue 12 point 6 (GRP-4) on real PostgreSQL with the demo seed (today 2026-12-07): a leaver
// registered by the form or an import is offered continuation and mailed; accepting by the last
// day of group cover gives individual cover from the next day with no new waiting period, later
// with the pre-existing conditions' one; a double accept is one; nobody else accepts it.

let hanne: CurrentUser;
beforeAll(async () => {
  ({ hanne } = await seededAdmins());
});

/** A Fjordværk employee with an e-mail and their own member login (locale as given). */
async function employee(employeeNumber: string, email: string, locale: "da" | "en"): Promise<{ user: CurrentUser; enrolmentId: string; personId: string }> {
  const db = testDb();
  const enrolment = await db.enrolment.findFirstOrThrow({ where: { employeeNumber }, include: { person: true } });
  await db.person.update({ where: { id: enrolment.personId }, data: { email } });
  const account = await db.user.create({ data: { email, roles: ["MEMBER"], locale, personId: enrolment.personId, displayName: enrolment.person.firstName } });
  const p = enrolment.person;
  return {
    enrolmentId: enrolment.id, personId: p.id,
    user: { userId: account.id, sessionId: "s", email, displayName: p.firstName, roles: ["MEMBER"], locale, person: { id: p.id, firstName: p.firstName, lastName: p.lastName, memberNumber: p.memberNumber }, policyNumber: null, employer: null },
  };
}

const offerOf = (enrolmentId: string) => testDb().continuationOffer.findUniqueOrThrow({ where: { groupEnrolmentId: enrolmentId } });
const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

/**
 * A specialist line on the leaver's individual cover, through the adjudication's own mapping
 * (loadClaimFacts → claimCaseOf). A stored line carries no pre-existing mark (claimCaseOf says
 * false), so the test sets it as a handler's finding would.
 */
async function evaluateContinued(personId: string, date: string, preExisting: boolean) {
  const enrolment = await testDb().enrolment.findFirstOrThrow({ where: { personId, policy: { kind: "INDIVIDUAL" } } });
  const facts = await loadClaimFacts(testDb(), { policyId: enrolment.policyId, personId });
  const claimCase = claimCaseOf(facts, addDays(date, 5), "C-GRP4", { diagnosis: "M54", emergency: false, otherInsurance: { declared: false, sygeforsikringDanmark: false } }, [
    { treatmentDate: date, category: "specialist_examination", setting: "out_patient", country: "DK", inNetwork: true, amountMinor: 150_000, currency: "DKK", quantity: 1, referralPresent: true, prescriptionPresent: false, receiptPresent: true },
  ]);
  claimCase.claim.lines[0]!.preExisting = preExisting;
  const line = evaluateClaim(claimCase).lines[0]!;
  return { enrolment: facts.person.enrolment, outcome: line.outcome, ruleIds: line.reasons.map((r) => r.ruleId) };
}

describe("continuation offer (GRP-4)", () => {
  it("the leaver form offers it, mails the leaver in their language without health data, and a double accept makes one individual cover with no new waiting period", async () => {
    const leaver = await employee("F0007", "leaver.seven@example.test", "en");
    await removeLeaver(testDb(), hanne, { enrolmentId: leaver.enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    const offer = await offerOf(leaver.enrolmentId);
    expect(offer).toMatchObject({ personId: leaver.personId, acceptedAt: null });
    expect(iso(offer.deadline)).toBe("2026-12-31");
    const mails = await testDb().outboundEmail.findMany({ where: { to: "leaver.seven@example.test" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "continuation-offer", subject: "Continue your health insurance on your own terms" });
    expect(mails[0]!.textBody).toContain("/member/continuation");
    expect(mails[0]!.textBody).toContain("2026-12-31");
    expect(mails[0]!.textBody).not.toMatch(/diagnos|claim|referral/i);

    const [first, second] = await Promise.all([
      acceptContinuation(testDb(), leaver.user, offer.id, { ip: "127.0.0.1", today: TODAY }),
      acceptContinuation(testDb(), leaver.user, offer.id, { ip: "127.0.0.1", today: TODAY }),
    ]);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ startDate: "2027-01-01", onTime: true, preExistingWaitingEndsOn: null });
    const individual = await testDb().enrolment.findMany({ where: { personId: leaver.personId, policy: { kind: "INDIVIDUAL" } }, include: { policy: { include: { plan: true } } } });
    expect(individual).toHaveLength(1);
    expect(individual[0]).toMatchObject({ role: "MAIN", waitingPeriodWaivers: ["ALL"], createdByUserId: leaver.user.userId });
    expect(iso(individual[0]!.startDate)).toBe("2027-01-01");
    expect(individual[0]!.policy).toMatchObject({ number: first.policyNumber, status: "ACTIVE" });
    expect(individual[0]!.policy.plan.code).toBe("dss-private");
    const accepted = await offerOf(leaver.enrolmentId);
    expect(accepted).toMatchObject({ individualEnrolmentId: individual[0]!.id, acceptedByUserId: leaver.user.userId, preExistingWaitingEndsOn: null });
    expect(await testDb().auditEvent.count({ where: { action: "continuation.accepted", subjectId: offer.id } })).toBe(1);
  });

  it("after the deadline it is still accepted, from the day asked, with the 6-month waiting period for pre-existing conditions recorded", async () => {
    const leaver = await employee("F0008", "leaver.eight@example.test", "da");
    await removeLeaver(testDb(), hanne, { enrolmentId: leaver.enrolmentId, employmentEndDate: TODAY, reason: "left_scheme", intent: "confirm" }, meta);
    const offer = await offerOf(leaver.enrolmentId);
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: "leaver.eight@example.test" } });
    expect(mail.subject).toBe("Fortsæt din sundhedsforsikring på egne vilkår");
    const late = await acceptContinuation(testDb(), leaver.user, offer.id, { ip: "127.0.0.1", today: "2027-01-15" });
    expect(late).toMatchObject({ startDate: "2027-01-15", onTime: false, preExistingWaitingEndsOn: "2027-07-15" });
    expect(iso((await offerOf(leaver.enrolmentId)).preExistingWaitingEndsOn)).toBe("2027-07-15");
  });

  it("the claims engine holds a late acceptor's pre-existing condition to the recorded day (GRP-4) and restarts no waiting period on time", async () => {
    const onTime = await employee("F0012", "leaver.twelve@example.test", "en");
    const late = await employee("F0013", "leaver.thirteen@example.test", "da");
    for (const leaver of [onTime, late]) {
      await removeLeaver(testDb(), hanne, { enrolmentId: leaver.enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    }
    await acceptContinuation(testDb(), onTime.user, (await offerOf(onTime.enrolmentId)).id, { ip: "127.0.0.1", today: TODAY });
    await acceptContinuation(testDb(), late.user, (await offerOf(late.enrolmentId)).id, { ip: "127.0.0.1", today: "2027-01-15" });

    const groupStart = async (enrolmentId: string) => iso((await testDb().enrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).startDate);
    const lateBefore = await evaluateContinued(late.personId, "2027-07-14", true);
    expect(lateBefore.enrolment).toMatchObject({ startDate: "2027-01-15", waitingPeriodsFrom: await groupStart(late.enrolmentId), preExistingWaitingEndsOn: "2027-07-15" });
    expect(lateBefore.outcome).toBe("rejected");
    expect(lateBefore.ruleIds).toContain("GRP-4");
    expect((await evaluateContinued(late.personId, "2027-07-15", true)).ruleIds).not.toContain("GRP-4");
    expect((await evaluateContinued(late.personId, "2027-01-20", false)).ruleIds).not.toContain("ELG-2");

    for (const preExisting of [true, false]) {
      const onTimeLine = await evaluateContinued(onTime.personId, "2027-01-05", preExisting);
      expect(onTimeLine.enrolment).toMatchObject({ startDate: "2027-01-01", waitingPeriodsFrom: await groupStart(onTime.enrolmentId) });
      expect(onTimeLine.enrolment.preExistingWaitingEndsOn).toBeUndefined();
      expect(onTimeLine.ruleIds).not.toContain("GRP-4");
      expect(onTimeLine.ruleIds).not.toContain("ELG-2");
    }
  });

  it("another member, the employer's admin and a stranger's id cannot accept someone else's offer", async () => {
    const leaver = await employee("F0009", "leaver.nine@example.test", "da");
    await removeLeaver(testDb(), hanne, { enrolmentId: leaver.enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    const offer = await offerOf(leaver.enrolmentId);
    const mette = await adminOf("mette@demo.dk");
    const metteAsMember = { ...mette, person: { id: (await testDb().user.findUniqueOrThrow({ where: { email: "mette@demo.dk" } })).personId!, firstName: "Mette", lastName: "Jensen", memberNumber: "x" } };
    const hanneAsMember = { ...hanne, person: { id: (await testDb().user.findUniqueOrThrow({ where: { id: hanne.userId } })).personId!, firstName: "Hanne", lastName: "R", memberNumber: "x" } };
    for (const who of [metteAsMember, hanneAsMember]) {
      await expect(acceptContinuation(testDb(), who, offer.id, { ip: "127.0.0.1", today: TODAY })).rejects.toMatchObject({ messageKey: "continuation.errors.notFound" });
    }
    await expect(acceptContinuation(testDb(), leaver.user, crypto.randomUUID(), { ip: "127.0.0.1", today: TODAY })).rejects.toMatchObject({ messageKey: "continuation.errors.notFound" });
    expect((await offerOf(leaver.enrolmentId)).acceptedAt).toBeNull();
    expect(await testDb().enrolment.count({ where: { personId: leaver.personId, policy: { kind: "INDIVIDUAL" } } })).toBe(0);
  });

  it("an imported leaver is offered it once: the same file again offers and mails nothing more; a leaver who died is offered nothing", async () => {
    const leaver = await employee("F0010", "leaver.ten@example.test", "da");
    const died = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0011" } });
    const file = csv(["handling;medarbejdernummer;dato;årsag", `afmeld;F0010;${TODAY};fratrådt`, `afmeld;F0011;${TODAY};død`]);
    for (let run = 0; run < 2; run++) {
      const outcome = await dryRunImport(testDb(), hanne, { name: "leavers.csv", bytes: file }, meta);
      if (!outcome.ok) throw new Error(outcome.error);
      if (run === 0) {
        await confirmImport(testDb(), hanne, outcome.importId, meta);
        expect(await applyImport(testDb(), outcome.importId, TODAY)).toBe("applied");
      }
    }
    expect(iso((await offerOf(leaver.enrolmentId)).deadline)).toBe("2026-12-31");
    expect(await testDb().continuationOffer.count({ where: { groupEnrolmentId: died.id } })).toBe(0);
    expect(await testDb().outboundEmail.count({ where: { to: "leaver.ten@example.test", template: "continuation-offer" } })).toBe(1);
  });
});
