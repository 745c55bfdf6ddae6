import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { withDatabase } from "./authz/database";
import { E2E_PG_PORT } from "./support/constants";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * Issue 12 point 6 (GRP-4): Hanne (Fjordværk HR) registers a leaver; the leaver gets the offer by
 * mail, signs in, sees it on the home, accepts and sees the confirmation; Hanne's pages and files
 * are the same as before and name no offer or acceptance (GRP-3). axe runs on every page visited.
 */

const EMPLOYEE = "F0017";
const LEAVER_EMAIL = "leaver.f0017@example.test";

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date());

/** Gives the seeded employee their own member login (the demo password, copied from a demo account). */
async function giveLeaverALogin(): Promise<void> {
  await withDatabase(E2E_PG_PORT, async (client) => {
    await client.query(
      `UPDATE "Person" p SET email = $2 FROM "Enrolment" e WHERE e."personId" = p.id AND e."employeeNumber" = $1`, [EMPLOYEE, LEAVER_EMAIL]);
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", roles, locale, "personId", "displayName", "activatedAt", "passwordChangedAt", "updatedAt")
       SELECT gen_random_uuid(), $2, (SELECT "passwordHash" FROM "User" WHERE email = $3), ARRAY['MEMBER']::"UserRole"[], 'da', e."personId", 'Leaver', now(), now(), now()
       FROM "Enrolment" e WHERE e."employeeNumber" = $1 ON CONFLICT (email) DO NOTHING`, [EMPLOYEE, LEAVER_EMAIL, DEMO_USERS.mainInsured.email]);
  });
}

/**
 * Every employer page and file, as text. Other specs change the same scheme in parallel, so only the
 * leaver's own row is compared whole (the integration contract test compares every view whole).
 */
async function employerAnswers(page: Page): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const url of [`/employer/staff?q=${EMPLOYEE}`, "/employer/staff?status=leaving", "/employer", "/employer/reconciliation", "/employer/history"]) {
    await page.goto(url);
    answers[url] = await page.locator("main").innerText();
  }
  answers["/employer/reconciliation/csv"] = await (await page.request.get("/employer/reconciliation/csv")).text();
  return answers;
}

async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

test("HR registers a leaver; the leaver accepts the continuation offer; HR's pages do not show it (GRP-4, GRP-3)", async ({ page }) => {
  // Three sign-ins and a dozen pages, each checked by axe.
  test.setTimeout(180_000);
  await giveLeaverALogin();
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto(`/employer/staff?q=${EMPLOYEE}`);
  await page.getByRole("link", { name: /^Afmeld / }).click();
  await page.getByLabel(/^Sidste ansættelsesdag/).fill(today());
  await page.getByRole("button", { name: "Vis hvad der sker" }).click();
  await page.getByRole("button", { name: "Bekræft afmelding" }).click();
  await page.waitForURL(/\/employer\/staff\?done=left/);
  const before = await employerAnswers(page);
  expect(before[`/employer/staff?q=${EMPLOYEE}`]).toContain(EMPLOYEE);

  const mail = await waitForMail({ to: LEAVER_EMAIL });
  expect(mail.subject).toBe("Fortsæt din sundhedsforsikring på egne vilkår");
  expect(mail.text).toContain("/member/continuation");
  expect(mail.text).toContain("Din arbejdsgiver får ikke at vide");

  await signOut(page);
  await signIn(page, LEAVER_EMAIL, DEMO_PASSWORD);
  await page.goto("/member");
  await expect(page.getByRole("heading", { name: "Fortsæt din sundhedsforsikring" })).toBeVisible();
  await page.getByRole("link", { name: "Se tilbuddet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fortsæt din sundhedsforsikring" })).toBeVisible();
  await expect(page.getByText("Dansk Sundhedssikring Sundhedsforsikring")).toBeVisible();
  await expect(page.getByText(/uden ny karens \(GRP-4\)/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, fortsæt min forsikring" }).dblclick();
  await page.waitForURL(/\/member\/continuation\?accepted=1/);
  await expect(page.getByRole("heading", { name: "Du har sagt ja" })).toBeVisible();
  await expect(page.getByText("Der er ingen ny karens.")).toBeVisible();
  const policyNumber = /policenummer (P-\d{4}-\d{6})/.exec(await page.locator("main").innerText())?.[1];
  expect(policyNumber).toBeDefined();
  await page.goto("/member");
  await expect(page.getByRole("link", { name: "Se tilbuddet" })).toHaveCount(0);
  const individual = await withDatabase(E2E_PG_PORT, (client) =>
    client.query(`SELECT count(*)::int AS n FROM "Enrolment" e JOIN "Policy" p ON p.id = e."policyId" JOIN "User" u ON u."personId" = e."personId" WHERE u.email = $1 AND p.kind = 'INDIVIDUAL'`, [LEAVER_EMAIL]));
  expect(individual.rows[0].n).toBe(1);

  await signOut(page);
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  const after = await employerAnswers(page);
  const row = `/employer/staff?q=${EMPLOYEE}`;
  expect(after[row]).toBe(before[row]);
  for (const [url, text] of Object.entries(after)) {
    expect(text, url).not.toContain(policyNumber!);
    expect(text, url).not.toMatch(/har sagt ja|videreført|individuel forsikring|P-\d{4}-\d{6}/i);
  }
});
