import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { pdfText } from "../lib/testing/pdf-text";
import { withDatabase } from "./authz/database";
import { discoverActions } from "./authz/discover";
import { E2E_PG_PORT } from "./support/constants";
import { expect, signIn, test } from "./support/fixtures";
import { extractLink, waitForMail } from "./support/mailbox";

/**
 * Employer roles (issue 12 point 8) and the reconciliation PDF (point 7): Hanne (manage) invites a
 * view admin; the invitee accepts from the e-mail, sees the staff list without the joiner button,
 * is refused when posting a joiner anyway, sees the invitation in the history with who made it,
 * and downloads the reconciliation PDF. axe runs on every page visited (fixtures.ts). Danish texts.
 */
const VIEWER = { email: "seer.e2e@example.test", name: "Sara Seer", password: "Seer-Portal-2026" };

test("Hanne invites a view admin, who accepts from the e-mail, sees but cannot change, reads the history and downloads the PDF", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer");
  await page.getByRole("link", { name: "Administratorer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administratorer for Fjordværk ApS" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Hanne Rasmussen/ })).toBeVisible();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator("#email-error")).toContainText("Skriv e-mailadressen.");
  const since = new Date();
  await page.getByLabel(/^E-mail/).fill(VIEWER.email);
  await page.getByLabel(/^Ret \(/).selectOption("VIEW");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitationen er sendt.")).toBeVisible();
  await expect(page.getByText(new RegExp(`${VIEWER.email} — Se — Gælder til`))).toBeVisible();

  // The invitee, signed out, follows the link in the mail and chooses a password (as activation does).
  await page.context().clearCookies();
  const mail = await waitForMail({ to: VIEWER.email, subjectIncludes: "Fjordværk ApS", since });
  expect(mail.text).toContain("Hanne Rasmussen har inviteret dig");
  expect(mail.text).not.toMatch(/diagnos|skade|helbredsoplysninger:/i);
  await page.goto(extractLink(mail, "/employer-invitation/"));
  await expect(page.getByRole("heading", { level: 1, name: "Administrator for Fjordværk ApS" })).toBeVisible();
  await page.getByLabel(/^Dit navn/).fill(VIEWER.name);
  await page.getByLabel(/^Adgangskode/).fill(VIEWER.password);
  await page.getByLabel(/^Gentag adgangskoden/).fill(VIEWER.password);
  await page.getByRole("button", { name: "Opret adgang og tag imod" }).click();
  await page.waitForURL(/\/employer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fjordværk ApS: gruppeordning" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilmeld en medarbejder" })).toHaveCount(0);

  // Sees the staff, but nothing to change with.
  await page.goto("/employer/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Medarbejdere på ordningen" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "F0001" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilmeld en medarbejder" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Afmeld / })).toHaveCount(0);
  expect((await page.goto("/employer/staff/new"))?.status()).toBe(404);
  await page.goto("/employer/import");
  await expect(page.getByTestId("view-only")).toContainText("du ser importerne");
  await expect(page.getByRole("button", { name: "Kontrollér filen" })).toHaveCount(0);

  // Posting the joiner action anyway is refused, and nothing is written.
  const joiner = discoverActions().find((a) => a.key === "lib/employer/actions/joiner.ts#joinerAction");
  expect(joiner?.id, "the build has the joiner action").toBeTruthy();
  const payload = { firstName: "Ikke", lastName: "Tilladt", birthDate: "1990-01-01", employeeNumber: "E2EVIEW", startDate: new Date().toISOString().slice(0, 10), intent: "confirm" };
  const response = await page.request.post(joiner!.page ?? "/employer/staff/new", {
    headers: { "Next-Action": joiner!.id!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(page.url()).origin },
    data: JSON.stringify([{ status: "idle" }, payload]),
    maxRedirects: 0,
  });
  expect(await response.text()).toContain('"formError":"employer.errors.forbidden"');
  const written = await withDatabase(E2E_PG_PORT, async (client) => (await client.query(`SELECT 1 FROM "Enrolment" WHERE "employeeNumber" = 'E2EVIEW'`)).rowCount);
  expect(written).toBe(0);

  // The admins page without the forms; the history with who made each change.
  await page.getByRole("link", { name: "Administratorer" }).click();
  await expect(page.getByTestId("view-only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await page.getByRole("link", { name: "Historik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ændringshistorik" })).toBeVisible();
  const invited = page.getByTestId("history-row").filter({ hasText: `Inviterede ${VIEWER.email} som administrator (Se)` });
  await expect(invited).toContainText("Hanne Rasmussen");
  const joined = page.getByTestId("history-row").filter({ hasText: `${VIEWER.email} tog imod invitationen (Se)` });
  await expect(joined).toContainText(VIEWER.name);
  // Newest first: the acceptance above the invitation. Not "the first row": other specs add joiners
  // and leavers to the same scheme in parallel.
  const rows = await page.getByTestId("history-row").allTextContents();
  const acceptedAt = rows.findIndex((row) => row.includes(`${VIEWER.email} tog imod invitationen`));
  expect(acceptedAt).toBeGreaterThanOrEqual(0);
  expect(acceptedAt).toBeLessThan(rows.findIndex((row) => row.includes(`Inviterede ${VIEWER.email}`)));

  // The reconciliation as a PDF (GRP-5), in Danish.
  await page.goto("/employer/reconciliation");
  await expect(page.getByRole("heading", { level: 1, name: "Årsafstemning (GRP-5)" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent som PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^afstemning-27182818-\d{4}\.pdf$/);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = await pdfText(bytes);
  expect(text).toContain("Årsafstemning: Fjordværk ApS");
  expect(text).toMatch(/I alt\n\d+\n\d+\n-?\d+\n-?[\d.]+,\d{2}\u00a0kr\./);
  expect(text).toMatch(/Godskrives|Opkræves|Intet at opkræve/);
});

test("Hanne cannot remove herself as Fjordværk's last manage admin", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer/admins");
  await page.getByRole("button", { name: "Fjern Hanne Rasmussen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "mindst én administrator" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Hanne Rasmussen/ })).toBeVisible();
});
