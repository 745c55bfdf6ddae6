import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/** Issue 11: pre-authorisation and guarantees of payment, from the member's question to the settled invoice. */

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const copenhagen = (offsetMs: number, withTime = false) => {
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(Date.now() + offsetMs));
  return withTime ? parts.replace(" ", "T") : parts.slice(0, 10);
};
const DAY = 86_400_000;

test("check → request → the handler approves → the member downloads the guarantee and the clinic's invoice is settled against it", async ({ page }) => {
  test.setTimeout(120_000);
  const member = DEMO_USERS.mainInsured.email;
  await signIn(page, member, DEMO_PASSWORD);

  // 1. "Do I need pre-approval?": the rules answer at once, with the rule and what happens without it.
  await page.goto("/member/authorisations/check");
  await page.getByLabel(/^Behandlingstype/).selectOption("in_patient_treatment");
  await page.getByLabel(/^Hvor\b/).selectOption("in_patient");
  const answer = page.getByTestId("check-answer");
  await expect(answer).toContainText("Ja, det kræver forhåndsgodkendelse");
  await expect(answer).toContainText("PA-1");
  await expect(answer).toContainText("PA-4");
  await answer.getByRole("link", { name: "Anmod om forhåndsgodkendelse" }).click();

  // 2. The request (GOP-1), prefilled from the check.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmod om forhåndsgodkendelse");
  await page.locator('form[data-hydrated="true"]').waitFor();
  await expect(page.getByLabel(/^Behandlingstype/)).toHaveValue("in_patient_treatment");
  await page.getByLabel(/^Diagnose eller årsag/).fill("Galdesten");
  await page.getByLabel(/^Planlagt behandling/).fill("Kikkertoperation, fjernelse af galdeblæren");
  await page.getByRole("combobox", { name: /^Klinik eller hospital/ }).fill("Privathospitalet Aros");
  await page.getByLabel(/^Planlagt indlæggelse/).fill(copenhagen(10 * DAY));
  await page.getByLabel(/^Forventet pris/).fill("40.000");
  await page.getByTestId("document-file-input").setInputFiles(fixture("referral.pdf"));
  await page.getByLabel("Hvad er referral.pdf?").selectOption("REFERRAL");
  const since = new Date();
  await page.getByRole("button", { name: "Send anmodning" }).click();
  await page.waitForURL(/\/member\/authorisations\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 20_000 });
  const requestUrl = new URL(page.url()).pathname;
  const reference = (await page.getByRole("heading", { level: 1 }).innerText()).match(/GOP-\d{4}-\d{6}/)?.[0];
  expect(reference).toBeDefined();
  await expect(page.getByTestId("answer-by")).toContainText("Vi svarer senest");
  const received = await waitForMail({ to: member, subjectIncludes: reference!, since });
  expect(received.text).not.toContain("Galdesten");

  // 3. In-patient treatment goes to a handler (PA-1); the request is in their queue by time left.
  await page.context().clearCookies();
  await signIn(page, DEMO_USERS.handler.email, DEMO_PASSWORD);
  await page.goto("/handler");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("request-queue").getByRole("link", { name: reference! })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("request-queue")).toContainText("PA-1");
  await page.getByTestId("request-queue").getByRole("link", { name: reference! }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference!);
  await page.getByLabel(/^Godkendt beløb/).fill("38.500");
  await page.getByLabel(/^Direkte afregning/).check();
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page.getByText("Svaret er sendt.")).toBeVisible();

  // 4. The member sees the answer and downloads the guarantee (PDF, Danish and English).
  await page.context().clearCookies();
  await signIn(page, member, DEMO_PASSWORD);
  await page.goto(requestUrl);
  await expect(page.getByRole("main")).toContainText("Godkendt");
  await expect(page.getByRole("main")).toContainText("38.500,00");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent garantien (PDF)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${reference}.pdf`);
  expect(fs.readFileSync((await download.path())!).subarray(0, 5).toString()).toBe("%PDF-");
  const decided = await waitForMail({ to: member, subjectIncludes: `svaret på din anmodning ${reference}`, since });
  expect(decided.text).not.toContain("Galdesten");

  // 5. GOP-3: the clinic's invoice is settled against the guarantee; the member sees their share.
  await page.getByLabel(/^Fakturanummer/).fill("A-1001");
  await page.getByLabel(/^Fakturadato/).fill(copenhagen(11 * DAY));
  await page.getByLabel(/^Beløb/).fill("30.000");
  await page.getByRole("button", { name: "Afregn mod garantien" }).click();
  const note = page.getByTestId("invoice-settlement").first();
  await expect(note).toContainText("GOP-3");
  await expect(note).toContainText("30.000,00");
  await expect(note).toContainText("Vi betaler klinikken");
});

test("an emergency notice opens a retrospective request and warns when the 48 hours have passed (PA-3)", async ({ page }) => {
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  await page.goto("/member/authorisations");
  await page.getByRole("link", { name: "Meld akut behandling" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meld akut behandling");
  await page.locator('form[data-hydrated="true"]').waitFor();
  await page.getByLabel(/^Behandlingstype/).selectOption("in_patient_treatment");
  await page.getByLabel(/^Hvor\b/).selectOption("in_patient");
  await page.getByLabel(/^Diagnose eller årsag/).fill("Blindtarmsbetændelse");
  await page.getByLabel(/^Planlagt behandling/).fill("Akut operation");
  await page.getByRole("combobox", { name: /^Klinik eller hospital/ }).fill("Hospital i Málaga");
  await page.getByLabel(/^Hvornår begyndte behandlingen/).fill(copenhagen(-3 * DAY, true));
  await expect(page.getByRole("alert").filter({ hasText: "mere end 48 timer" })).toBeVisible();
  await page.getByRole("button", { name: "Send anmodning" }).click();
  await page.waitForURL(/\/member\/authorisations\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 20_000 });
  await expect(page.getByRole("main")).toContainText("senere end 48 timer (PA-3)");
});

test("bad input: a message beside the field, and nothing typed or uploaded is lost", async ({ page }) => {
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  await page.goto("/member/authorisations/new");
  await page.locator('form[data-hydrated="true"]').waitFor();
  await page.getByLabel(/^Behandlingstype/).selectOption("psychologist");
  await page.getByLabel(/^Planlagt behandling/).fill("10 samtaler");
  await page.getByRole("combobox", { name: /^Klinik eller hospital/ }).fill("Psykologhuset");
  await page.getByLabel(/^Planlagt indlæggelse/).fill(copenhagen(-2 * DAY));
  await page.getByTestId("document-file-input").setInputFiles(fixture("referral.pdf"));
  await expect(page.getByLabel("Hvad er referral.pdf?")).toBeVisible(); // uploaded and checked
  await page.getByRole("button", { name: "Send anmodning" }).click();

  const diagnosis = page.getByLabel(/^Diagnose eller årsag/);
  await expect(diagnosis).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#diagnosis-error")).toContainText("Skriv diagnosen eller årsagen (GOP-1).");
  await expect(page.locator("#plannedDate-error")).toContainText("meld den som akut behandling (PA-3)");
  await expect(page.getByLabel(/^Planlagt behandling/)).toHaveValue("10 samtaler");
  await expect(page.getByText("referral.pdf").first()).toBeVisible();

  // An over-size file is refused beside the uploader before any upload (the claims' limits: 20 MB).
  await page.getByTestId("document-file-input").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) });
  await expect(page.getByText(/20 MB/).first()).toBeVisible();
  await expect(page.getByLabel(/^Planlagt behandling/)).toHaveValue("10 samtaler");
});
