import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * The handler console (slice JOBS): a claim needing review is partly approved with a reason and
 * the member sees the reduced line and its explanation on the settlement note (and its PDF);
 * the handler requests information, the member uploads it, and the claim is decided.
 * Danish UI (the default locale). The tests run in order in one worker (fullyParallel: false).
 */

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

function daysAgo(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() - days * 86_400_000));
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

test("a claim needing review is partly approved with a reason; the member sees the reduced line and why", async ({ browser }) => {
  const handler = await signedIn(browser, DEMO_USERS.handler.email);
  await handler.goto("/handler");
  await expect(handler.getByRole("heading", { level: 1, name: "Skadekø" })).toBeVisible();
  // The seeded claim for Emma (specialist consultation, 1.450,00 kr.) waits in review.
  const row = handler.getByTestId("queue-row").filter({ hasText: "Emma Jensen" }).filter({ hasText: "Under behandling" }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText(/hverdag(e)? tilbage|over tid|Skal afgøres i dag/);
  await row.getByRole("link", { name: /^C-\d{4}-\d{6}$/ }).click();
  await expect(handler.getByRole("heading", { level: 1, name: /^Skade C-/ })).toBeVisible();
  const claimId = new URL(handler.url()).pathname.split("/").pop()!;
  const claimNumber = ((await handler.getByRole("heading", { level: 1, name: /^Skade C-/ }).textContent()) ?? "").replace(/^Skade /, "").trim();

  // Mette follows the claim while it waits…
  const member = await signedIn(browser, DEMO_USERS.mainInsured.email);
  const detail = `/member/claims/${claimId}`;
  await member.goto(detail);
  await expect(member.getByText("Ikke afgjort endnu").first()).toBeVisible();

  // The engine's proposal with rule ids sits beside the documents.
  await expect(handler.getByTestId("review-line-1")).toContainText("BEN-1");
  await expect(handler.getByRole("heading", { name: "Dokumenter" })).toBeVisible();

  const line = handler.getByTestId("decision-line-1");
  await line.getByLabel("Ændr beløbet til udbetaling").check();
  await line.getByLabel(/^Nyt beløb til udbetaling/).fill("500,00");
  await handler.getByRole("button", { name: "Afgør skaden" }).click();
  // The reason is required and the message stands beside the field.
  await expect(line.getByText("Skriv en begrundelse på mindst 3 tegn; medlemmet ser den.")).toBeVisible();
  const reason = "Kun selve konsultationen er dækket; tillægsydelsen er ikke omfattet.";
  await line.getByLabel(/^Begrundelse/).fill(reason);
  const since = new Date();
  await handler.getByRole("button", { name: "Afgør skaden" }).click();
  await expect(handler.getByTestId("claim-status")).toHaveText("Afgjort", { timeout: 15_000 });

  const mail = await waitForMail({ to: DEMO_USERS.mainInsured.email, subjectIncludes: "er afgjort", since });
  expect(mail.text).toContain(`/member/claims/${claimId}`);
  expect(mail.text).not.toContain("Øre-Næse-Hals");
  expect(mail.text).not.toContain("500,00");

  // …and the decision shows on her next view at once.
  await member.reload();
  await expect(member.getByText("Delvist godkendt").first()).toBeVisible();
  await expect(member.getByText("Ikke afgjort endnu")).toHaveCount(0);
  // An in-app click (an RSC request, no reload) to the list shows the decision as well.
  await member.getByRole("link", { name: "Refusioner", exact: true }).first().click();
  await expect(member.getByRole("table").locator("tbody tr").filter({ hasText: claimNumber })).toContainText("Afgjort");

  // The member: the reduced line, the handler's reason and every step with its rule id.
  await member.goto(`/member/claims/${claimId}/settlement`);
  await expect(member.getByRole("heading", { level: 1, name: /^Afregningsbilag SN-\d{4}-\d{6}$/ })).toBeVisible();
  await expect(member.getByTestId("line-outcome")).toHaveText("Delvist godkendt");
  await expect(member.getByTestId("line-adjustment")).toContainText(reason);
  await expect(member.getByRole("row", { name: /Udbetalt/ })).toContainText("500,00");
  await expect(member.getByRole("heading", { name: "Sådan klager du" })).toBeVisible();
  await expect(member.getByText(/Ankenævnet for Forsikring/)).toBeVisible();

  const [download] = await Promise.all([member.waitForEvent("download"), member.getByRole("link", { name: "Hent afregningsbilaget (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^settlement-note-SN-\d{4}-\d{6}\.pdf$/);

  // Lars (the spouse) is not Emma's main insured on the policy, so her note does not exist for him.
  const lars = await signedIn(browser, DEMO_USERS.spouse.email);
  const response = await lars.goto(`/member/claims/${claimId}/settlement`);
  expect(response?.status()).toBe(404);
  expect((await lars.request.get(`/api/claims/${claimId}/settlement-note`)).status()).toBe(404);
});

test("the handler requests information, the member uploads it, and the claim is decided", async ({ browser }) => {
  // Mette claims a GP visit without the invoice: CLM-1 holds it for information, so it goes to review.
  const member = await signedIn(browser, DEMO_USERS.mainInsured.email);
  await member.goto("/member/claims/new");
  await member.locator('form[data-hydrated="true"]').waitFor();
  const formLine = member.getByTestId("claim-line-0");
  await formLine.getByLabel(/^Behandlingsdato/).fill(daysAgo(4));
  await formLine.getByLabel(/^Type af behandling/).selectOption("gp_consultation");
  await formLine.getByRole("combobox", { name: /^Behandlingssted/ }).fill("Lægehuset");
  await formLine.getByRole("listbox").getByRole("option").first().click();
  await formLine.getByLabel(/^Beløb/).fill("700");
  await member.getByLabel(/^Diagnose eller årsag/).fill("Halsbetændelse");
  await member.getByRole("button", { name: "Send krav" }).click();
  await member.waitForURL(/\/member\/claims\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 20_000 });
  const claimId = new URL(member.url()).pathname.split("/").pop()!;

  // The job sends it to the queue within seconds.
  const handler = await signedIn(browser, DEMO_USERS.handler.email);
  await expect(async () => {
    await handler.goto(`/handler/claims/${claimId}`);
    await expect(handler.getByTestId("claim-status")).toHaveText("Under behandling", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(handler.getByTestId("review-line-1")).toContainText("CLM-1");

  const since = new Date();
  const form = handler.getByRole("form", { name: "Anmod medlemmet om oplysninger" });
  await form.getByLabel(/^Regel \(hvad mangler/).selectOption("CLM-1");
  await form.getByLabel(/^Hvad medlemmet skal sende/).fill("Send os den kvitterede faktura fra lægehuset.");
  await form.getByRole("button", { name: "Anmod om oplysninger" }).click();
  await expect(handler.getByTestId("claim-status")).toHaveText("Oplysninger anmodet", { timeout: 15_000 });
  const mail = await waitForMail({ to: DEMO_USERS.mainInsured.email, subjectIncludes: "Vi mangler oplysninger", since });
  expect(mail.text).toContain(`/member/claims/${claimId}`);
  expect(mail.text).not.toContain("faktura fra lægehuset");

  // The member sees the task and sends the invoice.
  await member.goto(`/member/claims/${claimId}`);
  await expect(member.getByRole("heading", { name: "Vi mangler oplysninger" })).toBeVisible();
  // The request shows in the task box and in the timeline.
  await expect(member.getByText("Send os den kvitterede faktura fra lægehuset.").first()).toBeVisible();
  await member.getByTestId("document-file-input").setInputFiles(fixture("invoice-gp.pdf"));
  await member.getByLabel("Type af invoice-gp.pdf").selectOption("INVOICE");
  await member.getByRole("button", { name: "Send oplysningerne" }).click();
  await expect(member.getByText(/Tak\. Vi har modtaget oplysningerne/)).toBeVisible({ timeout: 15_000 });

  // Back in review with the invoice beside the proposal; the handler approves as proposed.
  await handler.reload();
  await expect(handler.getByTestId("claim-status")).toHaveText("Under behandling");
  await expect(handler.getByTestId("review-document").filter({ hasText: "invoice-gp.pdf" })).toBeVisible();
  const decidedSince = new Date();
  await handler.getByRole("button", { name: "Afgør skaden" }).click();
  await expect(handler.getByTestId("claim-status")).toHaveText("Afgjort", { timeout: 15_000 });
  await waitForMail({ to: DEMO_USERS.mainInsured.email, subjectIncludes: "er afgjort", since: decidedSince });

  await member.goto(`/member/claims/${claimId}/settlement`);
  await expect(member.getByRole("heading", { level: 1, name: /^Afregningsbilag SN-/ })).toBeVisible();
});
