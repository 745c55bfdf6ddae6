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

// ADR 0017: the build's browser chunks carry V8's compile hint, so Chrome compiles them off the
// main thread. Served as built by `npm start` (lib/cli/serve.ts), which is what this suite runs.
test("every script a page loads starts with the eager compile hint", async ({ request }) => {
  const html = await (await request.get(signInForm.path)).text();
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1]!);
  expect(sources.length).toBeGreaterThan(3);
  for (const src of sources) {
    const body = await (await request.get(src)).text();
    expect(body.startsWith("//# allFunctionsCalledOnLoad\n"), src).toBe(true);
  }
});
