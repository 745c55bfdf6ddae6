import fs from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./support/fixtures";

/**
 * Following claims (issue 4 §6, §11): the list with its filters, the detail's timeline and next
 * step, and 404 for another member's claim and document. Demo data: Mette (main insured) sees her
 * own and Emma's claims; Lars (spouse) is private to himself (FAM-7). Texts are Danish (default).
 */
const PASSWORD = "Demo-Portal-2026";
const PDF = path.resolve(import.meta.dirname, "fixtures/referral.pdf");

test("the list shows own and children's claims, not the spouse's, and filters by person and status", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member/claims");
  await expect(page.getByRole("heading", { level: 1, name: "Dine refusioner" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Søg om refusion" })).toBeVisible();

  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("cell", { name: "Emma Jensen" }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "Mette Jensen" }).first()).toBeVisible();
  await expect(table.getByText("Lars Jensen")).toHaveCount(0);

  // Filter by status (a plain GET form: the URL carries the filter).
  await page.getByLabel("Status").selectOption({ label: "Udbetalt" });
  await page.getByRole("button", { name: "Vis skader" }).click();
  await expect(page).toHaveURL(/status=PAID/);
  const statusCells = table.locator("tbody tr td:last-child");
  await expect(statusCells.first()).toBeVisible();
  for (const text of await statusCells.allInnerTexts()) expect(text).toContain("Udbetalt");

  // Filter by person.
  await page.getByLabel("Status").selectOption({ label: "Alle statusser" });
  await page.getByLabel("Person").selectOption({ label: "Emma Jensen" });
  await page.getByRole("button", { name: "Vis skader" }).click();
  await expect(page).toHaveURL(/person=/);
  // allInnerTexts does not wait: let the filtered list (streamed after its loading state) arrive first.
  const personCells = table.locator("tbody tr td:nth-child(2)");
  await expect(personCells.first()).toBeVisible();
  const people = await personCells.allInnerTexts();
  expect(people.length).toBeGreaterThan(0);
  expect(new Set(people)).toEqual(new Set(["Emma Jensen"]));
});

test("the detail shows the dated timeline and what happens next", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member/claims?status=PAID");
  await page.getByRole("table").locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/member\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Skade C-/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hvad sker der nu" })).toBeVisible();
  await expect(page.getByText(/Vi udbetalte .+ til din konto den/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Forløb" })).toBeVisible();
  await expect(page.getByText("Skade modtaget")).toBeVisible();
  await expect(page.getByText("Refusion udbetalt").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Behandlinger" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Beskeder" })).toBeVisible();
});

test("a claim in review names the target date (CLM-5)", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member/claims?status=IN_REVIEW");
  // The seeded claim for Oscar stays in review: no other journey decides it.
  const row = page.getByRole("table").locator("tbody tr").filter({ hasText: "Oscar Jensen" });
  await row.getByRole("link").first().click();
  await expect(page.getByText(/(Vi forventer at afgøre den senest|Vi havde som mål at afgøre skaden senest) \d+\. \w+ \d{4}/)).toBeVisible();
  await expect(page.getByText(/Forventet senest \d+\. \w+ \d{4}/).first()).toBeVisible();
});

test("another member's claim URL and document URL answer 404", async ({ browser }) => {
  // Lars opens his own claim and uploads a document.
  const lars = await browser.newPage();
  await signIn(lars, "lars@demo.dk", PASSWORD);
  await lars.goto("/member/claims");
  await lars.getByRole("table").locator("tbody tr").first().getByRole("link").first().click();
  await expect(lars).toHaveURL(/\/member\/claims\/[0-9a-f-]{36}$/);
  const claimUrl = new URL(lars.url()).pathname;
  const upload = await lars.request.post("/api/documents", {
    data: fs.readFileSync(PDF),
    headers: { "content-type": "application/pdf", "x-file-name": encodeURIComponent("henvisning knæ.pdf") },
  });
  expect(upload.status()).toBe(201);
  const { document } = (await upload.json()) as { document: { id: string } };
  await lars.close();

  // Mette (main insured, but Lars is an adult: FAM-7) gets 404 for both.
  const mette = await browser.newPage();
  await signIn(mette, "mette@demo.dk", PASSWORD);
  const claimResponse = await mette.goto(claimUrl);
  expect(claimResponse?.status()).toBe(404);
  await expect(mette.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
  const documentResponse = await mette.request.get(`/api/documents/${document.id}`);
  expect(documentResponse.status()).toBe(404);
  await mette.close();
});
