import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

function daysAgo(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() - days * 86_400_000));
}

test("a member claims a GP visit with an invoice and a referral, sees the estimate, and the claim is decided with a settlement note PDF", async ({ page }) => {
  const email = DEMO_USERS.mainInsured.email;
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto("/member/claims");
  await page.getByRole("link", { name: "Søg om refusion" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyt krav om refusion");
  await page.locator('form[data-hydrated="true"]').waitFor();

  // One GP consultation of 600 kr. The seed's claims have used this year's deductible (BEN-4),
  // so the Cigna plan's 80 % applies in full: 480 kr.
  const line = page.getByTestId("claim-line-0");
  await line.getByLabel(/^Behandlingsdato/).fill(daysAgo(4));
  await line.getByLabel(/^Type af behandling/).selectOption("gp_consultation");
  await line.getByRole("combobox", { name: /^Behandlingssted/ }).fill("Lægehuset");
  await line.getByRole("listbox").getByRole("option").first().click();
  await line.getByLabel(/^Beløb/).fill("600");
  await page.getByLabel(/^Diagnose eller årsag/).fill("Halsbetændelse");

  await page.getByTestId("document-file-input").setInputFiles([fixture("invoice-gp.pdf"), fixture("referral.pdf")]);
  await expect(page.getByTestId("document-1")).toBeVisible();
  await page.getByLabel("Hvad er invoice-gp.pdf?").selectOption("INVOICE");
  await page.getByLabel("Hvad er referral.pdf?").selectOption("REFERRAL");

  // The live estimate: the same engine the server uses, with rule ids and explanations.
  const estimate = page.getByTestId("estimate-line-0");
  await expect(estimate).toContainText("BEN-1");
  await expect(estimate).toContainText("80");
  await expect(page.getByTestId("estimate-payable")).toContainText("480,00");

  const since = new Date();
  await page.getByRole("button", { name: "Send krav" }).click();
  await page.waitForURL(/\/member\/claims\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 20_000 });
  const claimUrl = new URL(page.url()).pathname;
  const claimNumber = (await page.getByRole("heading", { level: 1 }).innerText()).match(/C-\d{4}-\d{6}/)?.[0];
  expect(claimNumber).toBeDefined();

  // Rule-clear: the background job decides it within seconds.
  await expect(async () => {
    await page.goto(claimUrl);
    await expect(page.getByRole("link", { name: "Læs afregningen" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("main")).toContainText("Afgjort");

  await page.getByRole("link", { name: "Læs afregningen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Afregningsbilag");
  const main = page.getByRole("main");
  await expect(main).toContainText("480,00");
  await expect(main).toContainText("BEN-1");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Hent afregningsbilaget/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^settlement-note-SN-\d{4}-\d{6}\.pdf$/);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  // Mail: received and decided, each linking to the claim and saying nothing about health.
  const received = await waitForMail({ to: email, subjectIncludes: `${claimNumber}`, since });
  expect(received.text).toContain(claimUrl);
  const decided = await waitForMail({ to: email, subjectIncludes: "er afgjort", since });
  expect(decided.subject).toContain(claimNumber!);
  for (const mail of [received, decided]) {
    expect(mail.text).not.toContain("Halsbetændelse");
    expect(mail.text).not.toContain("480");
  }
});
