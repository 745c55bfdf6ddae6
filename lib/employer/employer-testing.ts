import type { CurrentUser } from "../auth/current-user.types";
import { seedDemo } from "../db/seed/demo";
import { DEMO_USERS } from "../db/seed/demo-data";
import { SECOND_EMPLOYER } from "../db/seed/employer-data";
import { testDb } from "../testing/db";

/** The employer integration tests' fixtures: the demo seed's two employer admins as signed-in users. */
export const TODAY = "2026-12-07";
export const meta = { ip: "127.0.0.1", today: TODAY, locale: "da" as const };

export async function adminOf(email: string): Promise<CurrentUser> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { employer: true, employerAdminRights: true } });
  const right = user.employerAdminRights.find((r) => r.employerId === user.employerId)?.right ?? null;
  return {
    userId: user.id, sessionId: "s", email, displayName: user.displayName, roles: user.roles, locale: "da", person: null, policyNumber: null,
    employer: user.employer ? { id: user.employer.id, name: user.employer.name, cvr: user.employer.cvr, right } : null,
  };
}

export async function seededAdmins(): Promise<{ hanne: CurrentUser; kasper: CurrentUser }> {
  await seedDemo(testDb());
  return { hanne: await adminOf(DEMO_USERS.employerAdmin.email), kasper: await adminOf(SECOND_EMPLOYER.admin.email) };
}

/** A CSV file's bytes. */
export const csv = (lines: string[], bom = false) => new TextEncoder().encode(`${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`);
