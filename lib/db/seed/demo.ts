import { hashSecret } from "../../auth/password";
import { examplePlans } from "../../rules/plans";
import { createClient, type Db } from "../client";
import type { EnrolmentRole, Prisma } from "../generated/client";
import {
  DEMO_ACTIVATION,
  DEMO_EMPLOYER,
  DEMO_INSURER,
  DEMO_PASSWORD,
  DEMO_POLICIES,
  DEMO_USERS,
} from "./demo-data";
import { demoProviders } from "./providers";
import { adjudicateClaim } from "../../claims/adjudicate";
import { seedDemoCases } from "./demo-cases";
import { seedDemoAuthorisations } from "./authorisations";
import { seedFamilyDemo } from "./family";
import { seedEmployerDemo } from "./employers";
import { dateColumn } from "../date-column";

export { DEMO_LOGINS } from "./demo-data";

const FIRST_NAMES = ["Anne", "Peter", "Maria", "Jens", "Kirsten", "Michael", "Susanne", "Thomas", "Louise", "Martin", "Camilla", "Rasmus", "Julie", "Søren", "Ida", "Mads", "Line", "Frederik", "Sara", "Nikolaj", "Emilie", "Christian", "Maja", "Anders"];
const LAST_NAMES = ["Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen"];

/** Creates the demo insurer with every role's users. Idempotent: a seeded database is left alone. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await db.insurer.findUnique({ where: { cvr: DEMO_INSURER.cvr } })) return false;
  const passwordHash = await hashSecret(DEMO_PASSWORD);

  const toSettle = await db.$transaction(
    async (tx) => {
      const insurer = await tx.insurer.create({ data: DEMO_INSURER });
      const plans: Record<string, string> = {};
      for (const plan of Object.values(examplePlans)) {
        const row = await tx.plan.create({
          data: {
            insurerId: insurer.id,
            code: plan.code,
            version: 1,
            nameDa: plan.name.da,
            nameEn: plan.name.en,
            currency: plan.currency,
            schedule: plan as unknown as Prisma.InputJsonValue,
            validFrom: dateColumn(plan.version),
          },
        });
        plans[plan.code] = row.id;
      }
      const planId = (code: string) => {
        const id = plans[code];
        if (!id) throw new Error(`Example plan ${code} is missing`);
        return id;
      };
      await tx.provider.createMany({ data: demoProviders(insurer.id) });

      const person = (data: { memberNumber: string; firstName: string; lastName: string; birthDate: string; email?: string }) =>
        tx.person.create({
          data: {
            ...data,
            birthDate: dateColumn(data.birthDate),
            countryOfResidence: "DK",
            addressLine: "Strandvejen 12",
            postalCode: "2100",
            city: "København Ø",
            bankRegNo: "1234",
            bankAccountNo: "0012345678",
          },
        });
      const policy = (number: string, planCode: string, extra: Partial<Prisma.PolicyUncheckedCreateInput> = {}) =>
        tx.policy.create({
          data: {
            number,
            insurerId: insurer.id,
            planId: planId(planCode),
            kind: "INDIVIDUAL",
            status: "ACTIVE",
            currency: "DKK",
            startDate: dateColumn("2025-01-01"),
            renewalDate: dateColumn("2027-01-01"),
            ...extra,
          },
        });
      const enrol = (personId: string, policyId: string, role: EnrolmentRole, startDate = "2025-01-01") =>
        tx.enrolment.create({ data: { personId, policyId, role, startDate: dateColumn(startDate), waitingPeriodWaivers: [] } });

      // The Jensen family on an individual international plan (FAM-1, FAM-2, FAM-7).
      const family = await policy(DEMO_POLICIES.family, "cigna-global", { deductibleMinor: 50_000, addOns: [] });
      const mette = await person({ ...pick(DEMO_USERS.mainInsured), birthDate: "1984-03-12", email: DEMO_USERS.mainInsured.email });
      const lars = await person({ ...pick(DEMO_USERS.spouse), birthDate: "1982-09-30", email: DEMO_USERS.spouse.email });
      const emma = await person({ memberNumber: "10000003", firstName: "Emma", lastName: "Jensen", birthDate: "2016-05-04" });
      const oscar = await person({ memberNumber: "10000004", firstName: "Oscar", lastName: "Jensen", birthDate: "2012-11-19" });
      await enrol(mette.id, family.id, "MAIN");
      await enrol(lars.id, family.id, "SPOUSE");
      await enrol(emma.id, family.id, "CHILD");
      await enrol(oscar.id, family.id, "CHILD");

      const topUp = await policy(DEMO_POLICIES.topUp, "ihi-bupa-top-up", { addOns: ["dental_optical_basic"] });
      const anders = await person({ ...pick(DEMO_USERS.topUpMember), birthDate: "1975-07-21", email: DEMO_USERS.topUpMember.email });
      await enrol(anders.id, topUp.id, "MAIN");

      const activationPolicy = await policy(DEMO_POLICIES.activation, "dss-private", { startDate: dateColumn("2026-06-01"), renewalDate: dateColumn("2027-06-01") });
      const sofie = await person({ memberNumber: DEMO_ACTIVATION.memberNumber, firstName: DEMO_ACTIVATION.firstName, lastName: DEMO_ACTIVATION.lastName, birthDate: "1991-02-14" });
      await enrol(sofie.id, activationPolicy.id, "MAIN", "2026-06-01");
      await tx.activationCode.create({
        data: { personId: sofie.id, codeHash: await hashSecret(DEMO_ACTIVATION.code), expiresAt: new Date(Date.now() + 365 * 86_400_000) },
      });

      // Fjordværk's group scheme (GRP-1): 25 staff, some with family.
      const employer = await tx.employer.create({ data: { ...DEMO_EMPLOYER, insurerId: insurer.id } });
      const scheme = await tx.groupScheme.create({
        data: { employerId: employer.id, planId: planId("dss-group-navigation"), name: "Fjordværk Sundhedsordning", premiumPerPersonMinor: 189_600, paidForCount: 25 },
      });
      const group = await policy(DEMO_POLICIES.group, "dss-group-navigation", {
        kind: "GROUP",
        employerId: employer.id,
        groupSchemeId: scheme.id,
        startDate: dateColumn("2026-01-01"),
        renewalDate: dateColumn("2027-01-01"),
      });
      const hanne = await person({ ...pick(DEMO_USERS.employerAdmin), birthDate: "1979-01-08", email: DEMO_USERS.employerAdmin.email });
      await enrol(hanne.id, group.id, "EMPLOYEE", "2026-01-01");
      for (let i = 1; i < 25; i++) {
        const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
        const lastName = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
        const staff = await person({ memberNumber: String(20_000_001 + i), firstName, lastName, birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}` });
        await enrol(staff.id, group.id, "EMPLOYEE", i % 6 === 0 ? "2026-04-01" : "2026-01-01");
        if (i % 4 === 0) {
          const partner = await person({ memberNumber: String(21_000_000 + i), firstName: FIRST_NAMES[(i + 5) % FIRST_NAMES.length]!, lastName, birthDate: `19${72 + (i % 25)}-1${i % 3}-0${1 + (i % 8)}` });
          await enrol(partner.id, group.id, "SPOUSE", "2026-01-01");
          const child = await person({ memberNumber: String(22_000_000 + i), firstName: FIRST_NAMES[(i + 11) % FIRST_NAMES.length]!, lastName, birthDate: `201${i % 10}-0${1 + (i % 9)}-2${i % 8}` });
          await enrol(child.id, group.id, "CHILD", "2026-01-01");
        }
      }

      const account = (data: { email: string; roles: ("MEMBER" | "EMPLOYER_ADMIN" | "CLAIMS_HANDLER")[]; displayName: string; personId?: string; employerId?: string; insurerId?: string }) =>
        tx.user.create({ data: { ...data, passwordHash, activatedAt: new Date(), passwordChangedAt: new Date() } });
      const metteUser = await account({ email: DEMO_USERS.mainInsured.email, roles: ["MEMBER"], displayName: "Mette Jensen", personId: mette.id });
      const larsUser = await account({ email: DEMO_USERS.spouse.email, roles: ["MEMBER"], displayName: "Lars Jensen", personId: lars.id });
      await account({ email: DEMO_USERS.topUpMember.email, roles: ["MEMBER"], displayName: "Anders Nielsen", personId: anders.id });
      const hanneUser = await account({ email: DEMO_USERS.employerAdmin.email, roles: ["EMPLOYER_ADMIN", "MEMBER"], displayName: "Hanne Rasmussen", personId: hanne.id, employerId: employer.id });
      const viewer = await account({ email: DEMO_USERS.employerViewer.email, roles: ["EMPLOYER_ADMIN"], displayName: DEMO_USERS.employerViewer.displayName, employerId: employer.id });
      // Issue 12 point 8: Hanne manages Fjordværk's scheme; the viewer only sees it.
      await tx.employerAdmin.createMany({ data: [{ employerId: employer.id, userId: hanneUser.id, right: "MANAGE" }, { employerId: employer.id, userId: viewer.id, right: "VIEW", createdByUserId: hanneUser.id }] });
      const handler = await account({ email: DEMO_USERS.handler.email, roles: ["CLAIMS_HANDLER"], displayName: DEMO_USERS.handler.displayName, insurerId: insurer.id });

      return seedDemoCases(tx, { family, mette, lars, emma, oscar, metteUser, larsUser, handler });
    },
    { timeout: 120_000 },
  );
  await settleSeededClaims(db, toSettle);
  await seedFamilyDemo(db, { passwordHash });
  await seedEmployerDemo(db, { passwordHash });
  await seedDemoAuthorisations(db);
  return true;
}

/** The seed's decided claims go through the same adjudication as real ones, in date order. */
async function settleSeededClaims(db: Db, claims: { id: string; decidedAt: string; paidAt?: string }[]): Promise<void> {
  for (const claim of claims) {
    const outcome = await adjudicateClaim(db, claim.id, new Date(claim.decidedAt), { notify: false });
    if (outcome !== "decided") throw new Error(`Seeded claim ${claim.id} was not decided automatically (${outcome})`);
    if (claim.paidAt) {
      const paidAt = new Date(claim.paidAt);
      await db.claim.update({ where: { id: claim.id }, data: { status: "PAID", paidAt } });
      await db.claimEvent.create({ data: { claimId: claim.id, kind: "PAID", createdAt: paidAt } });
    }
  }
}

function pick(user: { memberNumber: string; firstName: string; lastName: string }) {
  return { memberNumber: user.memberNumber, firstName: user.firstName, lastName: user.lastName };
}

export async function seedDemoIfEmpty(url: string): Promise<boolean> {
  const db = createClient(url);
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
