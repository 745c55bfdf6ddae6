import { addWorkingDays, DECISION_TARGET_WORKING_DAYS } from "../../cover/working-days";
import { copenhagenDay } from "../../i18n/format";
import { addDays, addMonths } from "../../rules/dates";
import type { Db } from "../client";
import { nextNumber } from "../number-series";
import { DEMO_INSURER } from "./demo-data";
import { FAMILY_DEMO } from "./family-data";
import { dateColumn } from "../date-column";

export { FAMILY_DEMO } from "./family-data";

/** The children's ages are kept whatever day the demo is seeded on. */
function relativeDates(today: string) {
  return {
    policyStart: addMonths(today, -6),
    teen: addDays(addMonths(today, -16 * 12), -100),
    adultChild: addDays(addMonths(today, -19 * 12), -30),
    child: addDays(addMonths(today, -15 * 12), 40),
    newborn: addDays(today, -43),
  };
}

/**
 * Seeds the Berg family on the ihi Top-Up plan, started 6 months ago: Jonas gave Karen consent to see
 * his health data (claims only, a year), Freja (16) has her own login and a claim Karen does not
 * see, Magnus (19) has no login yet, Viggo's 15th birthday is coming, and newborn Alma waits for the handler. Called once from
 * demo.ts after the demo insurer exists.
 */
export async function seedFamilyDemo(db: Db, input: { passwordHash: string }): Promise<void> {
  const insurer = await db.insurer.findUniqueOrThrow({ where: { cvr: DEMO_INSURER.cvr } });
  const plan = await db.plan.findFirstOrThrow({ where: { insurerId: insurer.id, code: "ihi-bupa-top-up" }, orderBy: { version: "desc" } });
  const handler = await db.user.findFirstOrThrow({ where: { insurerId: insurer.id, roles: { has: "CLAIMS_HANDLER" } } });
  const today = copenhagenDay();
  const dates = relativeDates(today);
  const POLICY_START = dates.policyStart;
  await db.$transaction(async (tx) => {
    const policy = await tx.policy.create({
      data: { number: FAMILY_DEMO.policy, insurerId: insurer.id, planId: plan.id, kind: "INDIVIDUAL", currency: "DKK", startDate: dateColumn(POLICY_START), renewalDate: dateColumn(addMonths(POLICY_START, 12)) },
    });
    const person = (p: { memberNumber: string; firstName: string; lastName: string; email?: string }, birthDate: string) =>
      tx.person.create({ data: { memberNumber: p.memberNumber, firstName: p.firstName, lastName: p.lastName, birthDate: dateColumn(birthDate), email: p.email ?? null, addressLine: "Fjordvej 4", postalCode: "8000", city: "Aarhus C" } });
    const [karen, jonas, freja, viggo, alma] = [
      await person(FAMILY_DEMO.main, FAMILY_DEMO.main.birthDate),
      await person(FAMILY_DEMO.spouse, FAMILY_DEMO.spouse.birthDate),
      await person(FAMILY_DEMO.teen, dates.teen),
      await person(FAMILY_DEMO.child, dates.child),
      await person(FAMILY_DEMO.newborn, dates.newborn),
    ];
    const magnus = await person(FAMILY_DEMO.adultChild, dates.adultChild);
    const enrol = (personId: string, role: "MAIN" | "SPOUSE" | "CHILD", startDate = POLICY_START, extra: { status?: "PENDING"; createdByUserId?: string } = {}) =>
      tx.enrolment.create({ data: { personId, policyId: policy.id, role, startDate: dateColumn(startDate), waitingPeriodWaivers: [], ...extra } });
    await enrol(karen.id, "MAIN");
    await enrol(jonas.id, "SPOUSE");
    await enrol(freja.id, "CHILD");
    await enrol(viggo.id, "CHILD");
    await enrol(magnus.id, "CHILD");
    const account = (p: { id: string; firstName: string; lastName: string; email: string | null }) =>
      tx.user.create({ data: { email: p.email ?? "", passwordHash: input.passwordHash, roles: ["MEMBER"], displayName: `${p.firstName} ${p.lastName}`, personId: p.id, activatedAt: new Date(), passwordChangedAt: new Date() } });
    const karenUser = await account(karen);
    const jonasUser = await account(jonas);
    const frejaUser = await account(freja);

    const pending = await enrol(alma.id, "CHILD", dates.newborn, { status: "PENDING", createdByUserId: karenUser.id });
    await tx.healthDeclaration.create({
      data: {
        enrolmentId: pending.id, submittedByUserId: karenUser.id, dueDate: dateColumn(addWorkingDays(today, DECISION_TARGET_WORKING_DAYS)),
        answers: { hospitalised: "yes", chronicCondition: "no", ongoingTreatment: "yes", birthComplications: "no", details: "Indlagt 2 døgn efter fødslen med gulsot; kontrol hos børnelæge." },
      },
    });

    const validFrom = addMonths(today, -1);
    await tx.consent.create({
      data: { kind: "HEALTH_DATA_SHARING", scope: "CLAIMS", grantorPersonId: jonas.id, granteePersonId: karen.id, givenByUserId: jonasUser.id, validFrom: dateColumn(validFrom), validTo: dateColumn(addMonths(validFrom, 11)), givenAt: dateColumn(validFrom) },
    });

    const claim = async (patientId: string, by: string, diagnosis: string, date: string, category: string, amountMinor: number) => {
      const submittedAt = new Date(`${date}T15:00:00Z`);
      const row = await tx.claim.create({
        data: {
          number: await nextNumber(tx, "C", Number(today.slice(0, 4))), policyId: policy.id, personId: patientId, submittedById: by, status: "IN_REVIEW", currency: "DKK", diagnosis,
          claimedTotalMinor: amountMinor, submittedAt, dueAt: new Date(submittedAt.getTime() + 7 * 86_400_000), reviewReason: "needs_review: BEN-5 (1)",
          lines: { create: [{ lineNo: 1, treatmentDate: dateColumn(date), category, providerName: "Lægehuset Aarhus", country: "DK", amountMinor, currency: "DKK", receiptPresent: true, referralPresent: true }] },
        },
      });
      await tx.claimEvent.createMany({
        data: [
          { claimId: row.id, kind: "RECEIVED", actorUserId: by, createdAt: submittedAt },
          { claimId: row.id, kind: "IN_REVIEW", actorUserId: handler.id, createdAt: new Date(submittedAt.getTime() + 3_600_000) },
        ],
      });
    };
    await claim(freja.id, frejaUser.id, "Knæskade efter håndbold", addDays(today, -20), "other_specialist", 95_000);
    await claim(jonas.id, jonasUser.id, "Øjenbetændelse", addDays(today, -14), "eye_ear_specialist", 62_500);

    const event = (kind: string, personId: string, actorUserId: string | null, effectiveOn: string, details: Record<string, string>) =>
      tx.policyEvent.create({ data: { policyId: policy.id, kind, personId, actorUserId, effectiveOn: dateColumn(effectiveOn), details } });
    await event("CONSENT_GIVEN", jonas.id, jonasUser.id, validFrom, { kind: "HEALTH_DATA_SHARING", scope: "CLAIMS", grantee: "Karen Berg" });
    await event("ENROLMENT_PENDING", alma.id, karenUser.id, dates.newborn, { role: "NEWBORN", name: "Alma Berg", rules: "FAM-3" });
  });
}
