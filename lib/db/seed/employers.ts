import { insertJoiners, type NewJoiner } from "../../employer/writes";
import { copenhagenDay } from "../../i18n/format";
import { addMonths } from "../../rules/dates";
import type { Db } from "../client";
import { DEMO_EMPLOYER, DEMO_INSURER, DEMO_POLICIES } from "./demo-data";
import { FJORDVAERK_NUMBER_PREFIX, LARGE_EMPLOYER, SECOND_EMPLOYER } from "./employer-data";
import { dateColumn } from "../date-column";

export { LARGE_EMPLOYER, SECOND_EMPLOYER } from "./employer-data";

const FIRST = ["Anne", "Peter", "Maria", "Jens", "Kirsten", "Michael", "Susanne", "Thomas", "Louise", "Martin", "Camilla", "Rasmus", "Julie", "Søren", "Ida", "Mads"];
const LAST = ["Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen"];

type EmployerSpec = typeof SECOND_EMPLOYER;

/**
 * A group-scheme employer with `spec.staff` employees (numbers <prefix>00001…), started at the
 * beginning of the current calendar year, and its admin (employer role only). Idempotent by CVR.
 */
async function seedEmployer(db: Db, spec: EmployerSpec, input: { passwordHash: string; prefix: string }): Promise<boolean> {
  if (await db.employer.findUnique({ where: { cvr: spec.cvr } })) return false;
  const insurer = await db.insurer.findUniqueOrThrow({ where: { cvr: DEMO_INSURER.cvr } });
  const plan = await db.plan.findFirstOrThrow({ where: { insurerId: insurer.id, code: "dss-group-navigation" }, orderBy: { version: "desc" } });
  const yearStart = `${copenhagenDay().slice(0, 4)}-01-01`;
  await db.$transaction(async (tx) => {
    const employer = await tx.employer.create({ data: { name: spec.name, cvr: spec.cvr, insurerId: insurer.id } });
    const scheme = await tx.groupScheme.create({ data: { employerId: employer.id, planId: plan.id, name: spec.scheme, premiumPerPersonMinor: 174_000, paidForCount: spec.staff } });
    const policy = await tx.policy.create({
      data: { number: spec.policy, insurerId: insurer.id, planId: plan.id, kind: "GROUP", currency: "DKK", employerId: employer.id, groupSchemeId: scheme.id, startDate: dateColumn(yearStart), renewalDate: dateColumn(addMonths(yearStart, 12)) },
    });
    const admin = await tx.user.create({
      data: { email: spec.admin.email, roles: ["EMPLOYER_ADMIN"], displayName: spec.admin.displayName, employerId: employer.id, passwordHash: input.passwordHash, activatedAt: new Date(), passwordChangedAt: new Date() },
    });
    await tx.employerAdmin.create({ data: { employerId: employer.id, userId: admin.id, right: "MANAGE" } });
    const staff: NewJoiner[] = Array.from({ length: spec.staff }, (_, i) => ({
      firstName: FIRST[i % FIRST.length]!, lastName: `${LAST[(i * 7) % LAST.length]!}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / 97)}` : ""}`,
      birthDate: `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      email: null, employeeNumber: `${input.prefix}${String(i + 1).padStart(5, "0")}`, startDate: yearStart,
    }));
    for (let i = 0; i < staff.length; i += 5_000) await insertJoiners(tx, policy.id, admin.id, staff.slice(i, i + 5_000));
  }, { timeout: 120_000 });
  return true;
}

/** The demo's employers: Fjordværk's staff numbered, and Kystbyg A/S beside it (isolation). */
export async function seedEmployerDemo(db: Db, input: { passwordHash: string }): Promise<void> {
  const group = await db.policy.findUniqueOrThrow({ where: { number: DEMO_POLICIES.group }, select: { id: true, employer: { select: { cvr: true } } } });
  if (group.employer?.cvr !== DEMO_EMPLOYER.cvr) throw new Error("The demo group policy is not Fjordværk's");
  await db.$executeRaw`
    UPDATE "Enrolment" e SET "employeeNumber" = ${FJORDVAERK_NUMBER_PREFIX} || lpad(n.nr::text, 4, '0')
    FROM (SELECT e2.id, row_number() OVER (ORDER BY p."memberNumber") AS nr FROM "Enrolment" e2 JOIN "Person" p ON p.id = e2."personId"
          WHERE e2."policyId" = ${group.id}::uuid AND e2.role = 'EMPLOYEE') n
    WHERE e.id = n.id AND e."employeeNumber" IS NULL`;
  await seedEmployer(db, SECOND_EMPLOYER, { passwordHash: input.passwordHash, prefix: "K" });
}

/** `npm run db:seed:employer-large`: the 10,000-employee scheme of the staff-list benchmark. */
export async function seedLargeEmployer(db: Db, input: { passwordHash: string; staff?: number }): Promise<boolean> {
  return seedEmployer(db, { ...LARGE_EMPLOYER, staff: input.staff ?? LARGE_EMPLOYER.staff }, { passwordHash: input.passwordHash, prefix: "N" });
}
