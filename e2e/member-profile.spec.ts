import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * The profile (issue 13 points 6 and 7): contact details, the refund account changed with the
 * password (IBAN checksum, Danish reg. + account no.), errors beside the field with the typed
 * values kept, an e-mail that it changed; and "who has seen my data" from the audit log. Danish.
 */
const PASSWORD = "Demo-Portal-2026";
const EMAIL = "anders@demo.dk";

test("a member changes the refund account to an IBAN after re-entering the password, and is e-mailed", async ({ page }) => {
  await signIn(page, EMAIL, PASSWORD);
  await page.getByRole("link", { name: "Profil" }).first().click();
  await expect(page).toHaveURL(/\/member\/profile$/);
  await expect(page.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible();
  await expect(page.getByText("1234 •••• 5678")).toBeVisible();

  await page.getByLabel(/^Kontotype/).selectOption("iban");
  const iban = page.getByLabel(/^IBAN/);
  await iban.fill("DK51 0040 0440 1162 43");
  await page.getByLabel(/^Din adgangskode/).fill(PASSWORD);
  await page.getByRole("button", { name: "Skift konto" }).click();
  await expect(page.locator("#iban-error")).toContainText("Det er ikke et gyldigt IBAN");
  await expect(iban).toHaveAttribute("aria-describedby", /iban-error/);

  await iban.fill("DK50 0040 0440 1162 43");
  await page.getByLabel(/^Din adgangskode/).fill("Forkert-kode-1");
  await page.getByRole("button", { name: "Skift konto" }).click();
  await expect(page.locator("#currentPassword-error")).toContainText("Adgangskoden er forkert.");
  await expect(iban).toHaveValue("DK50 0040 0440 1162 43");

  const since = new Date();
  await page.getByLabel(/^Din adgangskode/).fill(PASSWORD);
  await page.getByRole("button", { name: "Skift konto" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Din konto til udbetalinger er nu DK •••• 6243." })).toBeVisible();
  const mail = await waitForMail({ to: EMAIL, subjectIncludes: "konto til udbetalinger er ændret", since });
  expect(mail.text).toContain("DK •••• 6243");
  expect(mail.text).not.toContain("DK5000400440116243");
  await page.reload();
  await expect(page.getByText("DK •••• 6243")).toBeVisible();
});

test("who has seen my data lists the member's own reads, newest first", async ({ page }) => {
  await signIn(page, EMAIL, PASSWORD);
  await page.goto("/member");
  await page.goto("/member/profile");
  await page.getByRole("link", { name: "Se, hvem der har set dine data" }).click();
  await expect(page).toHaveURL(/\/member\/access-log$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hvem har set dine data" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/\d+ registrering/);
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("Du");
  await expect(page.getByText("så dit dækningsoverblik").first()).toBeVisible();
});
