import { expect, signIn, test } from "./support/fixtures";

/**
 * The document inbox (issue 13 point 4): what the insurer issued (settlement notes of the demo
 * family's decided claims) and what the member uploaded, newest first, with downloads through
 * the existing routes. Lars (adult spouse, FAM-7) sees none of Mette's. Danish texts.
 */
const PASSWORD = "Demo-Portal-2026";

test("the inbox lists settlement notes and downloads one through the settlement-note route", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.getByRole("link", { name: "Dokumenter" }).first().click();
  await expect(page).toHaveURL(/\/member\/documents$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dine dokumenter" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/\d+ dokument/);
  const items = page.getByRole("main").getByRole("listitem");
  const note = items.filter({ hasText: "Afregningsbilag" }).first();
  await expect(note).toBeVisible();
  const download = page.waitForEvent("download");
  await note.getByRole("link", { name: /^Hent / }).click();
  expect((await download).suggestedFilename()).toMatch(/^settlement-note-.+\.pdf$/);
  await expect(page.getByText("Lars Jensen")).toHaveCount(0);
});

test("the spouse's inbox shows nothing of Mette's (FAM-7)", async ({ page }) => {
  await signIn(page, "lars@demo.dk", PASSWORD);
  await page.goto("/member/documents");
  await expect(page.getByRole("heading", { level: 1, name: "Dine dokumenter" })).toBeVisible();
  await expect(page.getByText("Mette Jensen")).toHaveCount(0);
  await expect(page.getByText("Emma Jensen")).toHaveCount(0);
});
