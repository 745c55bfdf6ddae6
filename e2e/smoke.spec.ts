import { expectNoAxeViolations } from "./support/axe";
import { expect, signInForm, test } from "./support/fixtures";

test("the health endpoint answers 200", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
});

test("the sign-in page renders in Danish with no axe violations", async ({ page }) => {
  await page.goto(signInForm.path);
  await expect(page.locator("html")).toHaveAttribute("lang", /^da/);
  await expect(page.getByLabel(signInForm.email)).toBeVisible();
  await expect(page.getByLabel(signInForm.password)).toBeVisible();
  await expect(page.getByRole("button", { name: signInForm.submit, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
