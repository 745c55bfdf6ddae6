import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { SECOND_EMPLOYER } from "../lib/db/seed/employer-data";
import { addMonths } from "../lib/rules/dates";
import { withDatabase } from "./authz/database";
import { E2E_PG_PORT } from "./support/constants";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * The employer area (issue 12): Hanne (Fjordværk ApS) adds a joiner, removes leavers (2 months back
 * allowed, 4 months back refused with GRP-2), imports a CSV with 2 bad rows; Kasper (Kystbyg A/S)
 * never reaches Fjordværk's staff. axe runs on every page visited (fixtures.ts). Texts are Danish.
 */

function isoDay(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date());
}
const danish = (iso: string, sep = "-") => iso.split("-").reverse().join(sep);
const TODAY = isoDay();

test("Hanne sees the scheme and adds a joiner: bad input beside the field, the preview, the invitation (ACC-1)", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer");
  await expect(page.getByRole("heading", { level: 1, name: "Fjordværk ApS: gruppeordning" })).toBeVisible();
  await expect(page.getByText("27182818")).toBeVisible();
  await expect(page.getByText("Medforsikrede familiemedlemmer")).toBeVisible();

  await page.getByRole("link", { name: "Tilmeld en medarbejder" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilmeld en medarbejder" })).toBeVisible();
  await page.getByRole("button", { name: "Vis hvad der sker" }).click();
  await expect(page.locator("#firstName-error")).toContainText("Skriv fornavnet.");
  await expect(page.getByLabel(/^Fornavn/)).toHaveAttribute("aria-describedby", /firstName-error/);

  await page.getByLabel(/^Fornavn/).fill("Johan");
  await page.getByLabel(/^Efternavn/).fill("Tilgang");
  await page.getByLabel(/^Fødselsdato/).fill("1991-04-12");
  await page.getByLabel(/^Medarbejdernummer/).fill("F0501");
  await page.getByLabel(/^Dækket fra/).fill(TODAY);
  await page.getByLabel(/^E-mail/).fill("johan.tilgang@example.test");
  await page.getByRole("button", { name: "Vis hvad der sker" }).click();
  await expect(page.getByRole("heading", { name: "Det sker for Johan Tilgang" })).toBeVisible();
  await expect(page.getByTestId("premium-change")).toContainText("kr.");
  await page.getByRole("button", { name: "Bekræft tilmelding" }).click();
  await page.waitForURL(/\/employer\/staff\?done=joined/);
  await expect(page.getByText("Medarbejderen er tilmeldt.")).toBeVisible();

  await page.getByLabel("Søg", { exact: true }).fill("Tilgang");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Johan Tilgang", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "F0501" })).toBeVisible();
  const mail = await waitForMail({ to: "johan.tilgang@example.test" });
  expect(mail.text).toContain("Aktiveringskode");
  expect(mail.text).toContain("Fjordværk ApS");
});

test("Hanne removes a leaver 2 months back (allowed, retroactive warning) and is refused 4 months back (GRP-2)", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer/staff?q=F0003");
  await page.getByRole("link", { name: /^Afmeld / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Afmeld .* fra ordningen$/ })).toBeVisible();

  await page.getByLabel(/^Sidste ansættelsesdag/).fill(addMonths(TODAY, -4));
  await page.getByRole("button", { name: "Vis hvad der sker" }).click();
  await expect(page.locator("#employmentEndDate-error")).toContainText("GRP-2");

  const twoBack = addMonths(TODAY, -2);
  await page.getByLabel(/^Sidste ansættelsesdag/).fill(twoBack);
  await page.getByRole("button", { name: "Vis hvad der sker" }).click();
  await expect(page.getByText(/Det er bagudrettet/)).toBeVisible();
  await expect(page.getByTestId("premium-change")).toContainText("-");
  await page.getByRole("button", { name: "Bekræft afmelding" }).click();
  await page.waitForURL(/\/employer\/staff\?done=left/);
  await page.goto("/employer/staff?q=F0003");
  await expect(page.getByRole("cell", { name: "Fratræder" }).or(page.getByRole("cell", { name: "Fratrådt" }))).toBeVisible();
});

test("Hanne imports a CSV with 2 bad rows: the dry run shows them, confirm applies the rest", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importér til- og afmeldinger" })).toBeVisible();
  const lines = [
    "handling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email",
    `tilmeld;E2E001;Astrid;Importsen;14-02-1990;${danish(TODAY)};`,
    `tilmeld;E2E002;Bent;Importsen;15.03.1985;${danish(TODAY, ".")};`,
    `tilmeld;E2E003;Carl;Importsen;01-01-1980;${danish(addMonths(TODAY, -5))};`,
    `afmeld;NOPE99;;;;${danish(TODAY)};`,
    `afmeld;F0010;;;;${danish(TODAY)};`,
  ];
  await page.getByLabel(/^CSV-fil/).setInputFiles({ name: "medarbejdere.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") });
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  await page.waitForURL(/\/employer\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("import-summary")).toHaveText("5 rækker: 3 gennemføres, 2 afvist");
  const refused = page.locator('tr[data-outcome="refused"]');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText("4");
  await expect(refused.nth(0)).toContainText("GRP-2");
  await expect(refused.nth(1)).toContainText("GRP-1");

  await page.getByRole("button", { name: "Gennemfør 3 ændringer" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Gennemført — 3 af 3 gennemført", { timeout: 30_000 });
  await page.goto("/employer/staff?q=Importsen");
  await expect(page.getByRole("cell", { name: "Astrid Importsen", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Bent Importsen", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Carl Importsen", exact: true })).toHaveCount(0);
});

test("a malformed file gets a clear message beside the field and changes nothing", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer/import");
  await page.getByLabel(/^CSV-fil/).setInputFiles({ name: "forkert.csv", mimeType: "text/csv", buffer: Buffer.from("navn;by\nAnna;Aarhus\n") });
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  await expect(page.locator("#csv-error")).toContainText("Første linje skal navngive kolonnerne");
  await expect(page).toHaveURL(/\/employer\/import$/);
});

test("Kystbyg's admin sees only Kystbyg's staff and never reaches Fjordværk's (GRP-1)", async ({ page, browser }) => {
  const hanne = await browser.newPage();
  await signIn(hanne, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await hanne.goto("/employer/staff?q=F0002");
  const leaveUrl = await hanne.getByRole("link", { name: /^Afmeld / }).getAttribute("href");
  await hanne.close();

  await signIn(page, SECOND_EMPLOYER.admin.email, DEMO_PASSWORD);
  await page.goto("/employer/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Medarbejdere på ordningen" })).toBeVisible();
  await expect(page.getByText("8 medarbejdere")).toBeVisible();
  await expect(page.getByRole("cell", { name: /^F\d{4}$/ })).toHaveCount(0);
  const response = await page.goto(leaveUrl!);
  expect(response?.status()).toBe(404);
});

test("Hanne reads the annual reconciliation (GRP-5) and downloads it as CSV", async ({ page }) => {
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  await page.goto("/employer");
  await page.getByRole("link", { name: "Årsafstemning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Årsafstemning (GRP-5)" })).toBeVisible();
  await expect(page.getByTestId("reconciliation-total")).toContainText("kr.");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent som CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^afstemning-27182818-\d{4}\.csv$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("måned;forsikrede;betalt for;forskel;beløb (kr.)");
  expect(text).toMatch(/i alt;\d+;\d+;-?\d+;-?\d+,\d{2}/);
});

test("no employer page, route or action answer holds any health value of the seeded dataset (GRP-3)", async ({ page }) => {
  const secrets = await withDatabase(E2E_PG_PORT, async (client) => {
    // Identifiers whole; free text (diagnoses, clinics) only where long enough not to be an ordinary
    // word a page prints anyway ("Kontrol" is a diagnosis and part of "Kontrollér filen").
    const rows = await client.query<{ value: string }>(`
      SELECT number AS value FROM "Claim" UNION SELECT reference FROM "Authorisation" UNION SELECT "originalName" FROM "Document"
      UNION SELECT diagnosis FROM "Claim" WHERE length(diagnosis) >= 12 UNION SELECT "providerName" FROM "ClaimLine" WHERE length("providerName") >= 12`);
    return rows.rows.map((r) => r.value).filter((v) => v && v.length >= 5);
  });
  expect(secrets.length).toBeGreaterThan(5);
  await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
  const answers: [string, string][] = [];
  const get = async (url: string) => answers.push([url, await (await page.request.get(url)).text()]);
  for (const url of ["/employer", "/employer/staff?status=all", "/employer/staff/new", "/employer/import", "/employer/reconciliation", "/employer/reconciliation/csv", "/employer/admins", "/employer/history"]) await get(url);
  const staff = answers[1]![1];
  for (const href of new Set([...staff.matchAll(/\/employer\/staff\/[0-9a-f-]{36}\/leave/g)].map((m) => m[0]))) await get(href);
  for (const href of new Set([...answers[3]![1].matchAll(/\/employer\/import\/[0-9a-f-]{36}/g)].map((m) => m[0]))) await get(href);
  expect(answers.length).toBeGreaterThan(10);
  const leaks = answers.flatMap(([url, body]) => secrets.filter((s) => body.includes(s)).map((s) => `${url}: ${s}`));
  expect(leaks).toEqual([]);
});
