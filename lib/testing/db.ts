import crypto from "node:crypto";
import { hashSecret } from "../auth/password";
import { createClient } from "../db/client";
import type {
  Enrolment,
  EnrolmentRole,
  Insurer,
  Person,
  Plan,
  Policy,
  PolicyKind,
  PolicyStatus,
  Prisma,
  PrismaClient,
  User,
  UserRole,
} from "../db/generated/client";

/**
 * Integration-test helpers. Each test file has its own database (see integration-setup.ts), so
 * rows made here are visible only to that file. Factories fill every required column with a
 * unique, valid default; pass overrides for what the test is about.
 */

const g = globalThis as { portalTestDbClients?: Set<PrismaClient> };
let client: PrismaClient | undefined;
let clientUrl: string | undefined;

/** A PrismaClient on this test file's database (DATABASE_URL set by integration-setup.ts). */
export function testDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: testDb() only works in the integration project (vitest --project integration).");
  if (!client || clientUrl !== url || !g.portalTestDbClients?.has(client)) {
    client = createClient(url);
    clientUrl = url;
    (g.portalTestDbClients ??= new Set()).add(client);
  }
  return client;
}

/** Disconnects testDb()'s client (integration-setup.ts also does this after the file). */
export async function closeTestDb(): Promise<void> {
  if (!client) return;
  g.portalTestDbClients?.delete(client);
  await client.$disconnect();
  client = undefined;
  clientUrl = undefined;
}

let counter = 0;
/** A short value unique within the test run, e.g. for numbers and e-mail addresses. */
export function unique(prefix = ""): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${crypto.randomBytes(2).toString("hex")}`;
}

/** `YYYY-MM-DD` → a Date at UTC midnight, the way @db.Date columns round-trip. */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

function digits(count: number): string {
  let out = "";
  while (out.length < count) out += crypto.randomInt(0, 10).toString();
  return out;
}

export async function createInsurer(data: Partial<Prisma.InsurerUncheckedCreateInput> = {}): Promise<Insurer> {
  return testDb().insurer.create({ data: { name: "Test Forsikring", cvr: digits(8), ...data } });
}

export async function createPlan(data: Partial<Prisma.PlanUncheckedCreateInput> & { insurerId?: string } = {}): Promise<Plan> {
  const insurerId = data.insurerId ?? (await createInsurer()).id;
  return testDb().plan.create({
    data: {
      code: unique("PLAN-"),
      version: 1,
      nameDa: "Testplan",
      nameEn: "Test plan",
      currency: "DKK",
      schedule: {},
      validFrom: day("2020-01-01"),
      ...data,
      insurerId,
    },
  });
}

export async function createPolicy(
  data: Partial<Prisma.PolicyUncheckedCreateInput> & { planId?: string; kind?: PolicyKind; status?: PolicyStatus } = {},
): Promise<Policy> {
  const plan = data.planId
    ? await testDb().plan.findUniqueOrThrow({ where: { id: data.planId } })
    : await createPlan(data.insurerId ? { insurerId: data.insurerId } : {});
  return testDb().policy.create({
    data: {
      number: unique("POL-"),
      kind: "INDIVIDUAL",
      currency: plan.currency,
      startDate: day("2024-01-01"),
      renewalDate: day("2027-01-01"),
      ...data,
      insurerId: data.insurerId ?? plan.insurerId,
      planId: plan.id,
    },
  });
}

export async function createPerson(data: Partial<Prisma.PersonUncheckedCreateInput> = {}): Promise<Person> {
  return testDb().person.create({
    data: {
      memberNumber: digits(10),
      firstName: "Test",
      lastName: "Person",
      birthDate: day("1980-05-17"),
      ...data,
    },
  });
}

/** Enrols a person on a policy; creates either when not given. */
export async function createEnrolment(
  data: Partial<Prisma.EnrolmentUncheckedCreateInput> & { personId?: string; policyId?: string; role?: EnrolmentRole } = {},
): Promise<Enrolment> {
  const personId = data.personId ?? (await createPerson()).id;
  const policy = data.policyId ? await testDb().policy.findUniqueOrThrow({ where: { id: data.policyId } }) : await createPolicy();
  return testDb().enrolment.create({
    data: { role: "MAIN", startDate: policy.startDate, ...data, personId, policyId: policy.id },
  });
}

/** argon2id, exactly as the app stores passwords. */
export function hashPassword(password: string): Promise<string> {
  return hashSecret(password);
}

export interface CreateUserInput extends Partial<Omit<Prisma.UserUncheckedCreateInput, "email" | "roles" | "passwordHash">> {
  email?: string;
  /** Plain text; stored argon2id-hashed. Omit for a user without a password (not activated). */
  password?: string;
  roles?: UserRole[];
  personId?: string | null;
}

/** A user; e-mail is lower-cased like the app stores it. Activated when a password is given, unless `activatedAt` says otherwise. */
export async function createUser(input: CreateUserInput = {}): Promise<User> {
  const { email, password, roles, ...rest } = input;
  return testDb().user.create({
    data: {
      email: (email ?? `${unique("user-")}@example.test`).toLowerCase(),
      passwordHash: password === undefined ? null : await hashPassword(password),
      roles: roles ?? ["MEMBER"],
      displayName: "Test User",
      activatedAt: password === undefined ? null : new Date(),
      ...rest,
    },
  });
}

/** A member: insurer → plan → policy → person (MAIN enrolment) → user with the MEMBER role. */
export async function createMember(input: { email?: string; password?: string; policy?: Partial<Prisma.PolicyUncheckedCreateInput> } = {}) {
  const policy = await createPolicy(input.policy ?? {});
  const person = await createPerson();
  const enrolment = await createEnrolment({ personId: person.id, policyId: policy.id });
  const user = await createUser({
    email: input.email,
    password: input.password,
    roles: ["MEMBER"],
    personId: person.id,
    insurerId: policy.insurerId,
    displayName: `${person.firstName} ${person.lastName}`,
  });
  return { policy, person, enrolment, user };
}
