import { expect, signIn, test } from "./support/fixtures";

/**
 * The member home and the benefits page (issue 13 points 1 and 2). Demo data: Mette (main
 * insured, Cigna Global) sees herself and her children, never Lars (adult spouse, FAM-7); her
 * settled claims used the deductible and two physiotherapy treatments. Texts are Danish (default).
 */
const PASSWORD = "Demo-Portal-2026";

test("the home shows each visible person's cover with usage meters, the latest claims and what happens next", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member");
  await expect(page.getByRole("heading", { level: 2, name: "Din dækning" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mette Jensen · dig" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Emma Jensen · dit barn" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Lars Jensen/ })).toHaveCount(0);
  // Only Mette has settled claims: her deductible is used and two physiotherapy treatments counted (amounts have a no-break space before "kr.").
  await expect(page.getByText(/Selvrisiko i forsikringsåret: 1\.500,00\skr\. brugt af 1\.500,00\skr\./)).toBeVisible();
  await expect(page.getByText(/Fysioterapi, kiropraktik, osteopati: 2 af 10 behandlinger, før forhåndsgodkendelse kræves/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Seneste skader" })).toBeVisible();
  // Other specs add claims for Mette, so which five are the latest depends on the run: each says what happens next.
  const latest = page.locator("section").filter({ has: page.getByRole("heading", { name: "Seneste skader" }) }).getByRole("listitem");
  await expect(latest.first()).toBeVisible();
  const nextStep = /Vi tjekker din skade|En skadebehandler gennemgår|Vi havde som mål|Vi mangler oplysninger|Vi udbetaler .+ senest|Der udbetales ikke noget|Vi udbetalte .+ til din konto den|Gør skaden færdig|trukket tilbage/;
  for (const item of await latest.all()) await expect(item).toContainText(nextStep);
  await expect(page.getByText("Lars Jensen")).toHaveCount(0);

  await page.getByRole("link", { name: "Se, hvad din forsikring dækker" }).click();
  await expect(page).toHaveURL(/\/member\/cover$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dine ydelser" })).toBeVisible();
});

test("the benefits page explains the plan in plain language with rule ids, in Danish and English", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member/cover");
  await expect(page.getByRole("heading", { level: 2, name: /Cigna Global sundhedsforsikring · police P-100001/ })).toBeVisible();
  const physio = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fysioterapi", exact: true }) });
  await expect(physio.getByText("Vi betaler 80 % af regningen.")).toBeVisible();
  await expect(physio.getByText(/Fra behandling nr\. 11 i et forsikringsår, talt sammen med kiropraktik, osteopati, skal vi godkende først \(PA-2\)/)).toBeVisible();
  await expect(page.getByText(/Du betaler selv de første 1\.500,00\skr\. hvert forsikringsår \(BEN-4\)/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ikke dækket" })).toBeVisible();
  await expect(page.getByText("Kosmetisk behandling")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your benefits" })).toBeVisible();
  await expect(page.getByText(/From treatment 11 in a policy year, counted together with chiropractic, osteopathy, you need our approval first \(PA-2\)/)).toBeVisible();
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dine ydelser" })).toBeVisible();
});

test("on a phone the home and benefits fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "mette@demo.dk", PASSWORD);
  for (const path of ["/member", "/member/cover"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the spouse's home shows only his own cover (FAM-7)", async ({ page }) => {
  await signIn(page, "lars@demo.dk", PASSWORD);
  await page.goto("/member");
  await expect(page.getByRole("heading", { name: "Lars Jensen · dig" })).toBeVisible();
  await expect(page.getByText("Mette Jensen")).toHaveCount(0);
  await expect(page.getByText("Emma Jensen")).toHaveCount(0);
});
