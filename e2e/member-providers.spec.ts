import { expect, signIn, test } from "./support/fixtures";

/**
 * The member's provider search (issue 13 point 5) on the demo insurer's 2,400 seeded providers:
 * by name, speciality, region, postcode and direct billing, paged; a plain GET form. Danish texts.
 */
const PASSWORD = "Demo-Portal-2026";

test("a member finds clinics by speciality, region, postcode and direct billing, and pages through them", async ({ page }) => {
  await signIn(page, "anders@demo.dk", PASSWORD);
  await page.getByRole("link", { name: "Find klinik" }).first().click();
  await expect(page).toHaveURL(/\/member\/providers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Find en klinik" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("2.400 klinikker");

  await page.getByLabel("Speciale").selectOption({ label: "Fysioterapi" });
  await page.getByLabel("Region").selectOption("Midtjylland");
  await page.getByLabel("Kun klinikker med direkte afregning").check();
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/speciality=physiotherapy/);
  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) {
    expect(text).toContain("Fysioterapi");
    expect(text).toContain("Midtjylland");
    expect(text).toContain("Direkte afregning");
  }

  // "Ryd søgning" is a client-side navigation: typing before it lands would go into the old form.
  await page.getByRole("link", { name: "Ryd søgning" }).click();
  await expect(page).toHaveURL(/\/member\/providers$/);
  await page.getByLabel(/^Postnummer/).fill("9000");
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/postalCode=9000/);
  await expect(page.getByRole("status")).toHaveText(/\d+ klinikker/);
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allInnerTexts()) expect(text).toContain("9000 Aalborg");

  await page.getByRole("link", { name: "Ryd søgning" }).click();
  await expect(page).toHaveURL(/\/member\/providers$/);
  await page.getByLabel("Navn").fill("kiropraktorerne");
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/name=kiropraktorerne/);
  await expect(cards.first()).toContainText("Kiropraktorerne");
  await page.getByRole("link", { name: "Næste side" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByLabel("Navn")).toHaveValue("kiropraktorerne");
  await expect(cards.first()).toContainText("Kiropraktorerne");
});

test("a search with no hits says so", async ({ page }) => {
  await signIn(page, "anders@demo.dk", PASSWORD);
  await page.goto("/member/providers?name=zzzz-ingen");
  await expect(page.getByRole("status")).toHaveText("Ingen klinikker passer til din søgning.");
});
