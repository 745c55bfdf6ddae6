import { expect, signIn, test } from "./support/fixtures";

/**
 * The digital membership card (issue 13 point 3, ACC-2): a card per person the member may show,
 * a credit-card-size PDF, and the public page its QR code opens, which shows only valid/not
 * valid and the initials. Danish texts.
 */
const PASSWORD = "Demo-Portal-2026";

test("the member shows their own and their child's card, downloads the PDF, and the QR code's page says valid with initials only", async ({ page }) => {
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.getByRole("link", { name: "Medlemskort" }).first().click();
  await expect(page).toHaveURL(/\/member\/card$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dit medlemskort" })).toBeVisible();
  const own = page.getByRole("article", { name: "Medlemskort for Mette Jensen" });
  await expect(own).toBeVisible();
  await expect(own.getByText("Gyldigt i dag")).toBeVisible();
  await expect(own.getByRole("img", { name: "QR-kode til at tjekke kortet" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Medlemskort for Emma Jensen" })).toBeVisible();
  await expect(page.getByRole("article", { name: /Lars Jensen/ })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent Mette Jensens kort (PDF)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^membership-card-\d+\.pdf$/);

  // The URL the QR code encodes (also a link under it), opened as a clinic's phone would.
  const href = await own.getByRole("link", { name: "Scan for at tjekke" }).getAttribute("href");
  const token = /\/card\/([A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22})$/.exec(href ?? "")?.[1];
  expect(token).toBeTruthy();
  await page.goto(`/card/${token}`);
  await expect(page.getByRole("status")).toHaveText("Gyldigt i dag · M. J.");
  await expect(page.getByRole("main").getByText("Mette")).toHaveCount(0);
  const [id, signature] = token!.split(".");
  await page.goto(`/card/${id}.${signature!.startsWith("A") ? "B" : "A"}${signature!.slice(1)}`);
  await expect(page.getByRole("status")).toHaveText("Ikke gyldigt: vi kender ikke dette kort.");
});
