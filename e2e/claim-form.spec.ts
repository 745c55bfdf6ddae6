import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";

/**
 * The claim form (slice FORM): drafts left and resumed, a fake PDF refused while the form keeps
 * its values, and a double-click submit making one claim. Danish UI (the default locale).
 */

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

/** A date a few days back, as the date input wants it. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(date);
}

async function fillGpLine(page: Page, amount = "600") {
  const line = page.getByTestId("claim-line-0");
  await line.getByLabel(/^Behandlingsdato/).fill(daysAgo(3));
  await line.getByLabel(/^Type af behandling/).selectOption("gp_consultation");
  await line.getByRole("combobox", { name: /^Behandlingssted/ }).fill("Lægehuset");
  await line.getByRole("listbox").getByRole("option").first().click();
  await line.getByLabel(/^Beløb/).fill(amount);
}

async function upload(page: Page, name: string) {
  await page.getByTestId("document-file-input").setInputFiles(fixture(name));
}

test.describe("claim form", () => {
  test("shows the live estimate, leaves a draft and resumes it with its upload", async ({ page }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    await page.goto("/member/claims/new");
    await page.locator('form[data-hydrated="true"]').waitFor();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyt krav om refusion");
    await fillGpLine(page, "1.234,50");
    // The estimate: rule ids and texts per step, and a polite live summary.
    await expect(page.getByTestId("estimate-summary")).toHaveAttribute("aria-live", "polite");
    await expect(page.getByTestId("estimate-summary")).toContainText("Vi forventer at betale");
    await expect(page.getByTestId("estimate-line-0")).toContainText("BEN-1");
    await expect(page.getByTestId("estimate-line-0")).toContainText("Lægekonsultation");

    await page.getByLabel(/^Diagnose eller årsag/).fill("Halsbetændelse");
    await upload(page, "invoice-gp.pdf");
    await expect(page.getByTestId("document-0")).toContainText("invoice-gp.pdf");
    await page.getByRole("button", { name: "Gem kladde" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Kladde D-\d{4}-\d{6} er gemt/ })).toBeVisible();
    await page.waitForURL(/\/member\/claims\/[0-9a-f-]{36}\/edit$/);
    const draftUrl = page.url();

    // Leave, come back: everything typed and uploaded is there.
    await page.goto("/member");
    await page.goto("/member/claims/new");
    await page.locator('form[data-hydrated="true"]').waitFor();
    await page.getByRole("link", { name: /Fortsæt kladde D-/ }).first().click();
    await page.waitForURL(draftUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fortsæt din kladde");
    const line = page.getByTestId("claim-line-0");
    await expect(line.getByLabel(/^Beløb/)).toHaveValue("1.234,50");
    await expect(line.getByLabel(/^Type af behandling/)).toHaveValue("gp_consultation");
    await expect(page.getByLabel(/^Diagnose eller årsag/)).toHaveValue("Halsbetændelse");
    await expect(page.getByTestId("document-0")).toContainText("invoice-gp.pdf");
  });

  test("refuses a fake PDF beside that file and keeps every typed value", async ({ page }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    await page.goto("/member/claims/new");
    await page.locator('form[data-hydrated="true"]').waitFor();
    await fillGpLine(page, "450,50");
    await page.getByLabel(/^Diagnose eller årsag/).fill("Kontrol");
    await upload(page, "fake-invoice.pdf");
    await expect(page.getByText(/fake-invoice\.pdf kunne ikke uploades|ikke en PDF/).first()).toBeVisible();
    await expect(page.getByTestId("claim-line-0").getByLabel(/^Beløb/)).toHaveValue("450,50");
    await expect(page.getByLabel(/^Diagnose eller årsag/)).toHaveValue("Kontrol");
    // A real one still goes in next to it.
    await upload(page, "invoice-gp.pdf");
    await expect(page.getByTestId("document-0")).toContainText("invoice-gp.pdf");
  });

  test("bad amounts, future dates and missing fields get messages beside their fields", async ({ page }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    await page.goto("/member/claims/new");
    await page.locator('form[data-hydrated="true"]').waitFor();
    const line = page.getByTestId("claim-line-0");
    await line.getByLabel(/^Behandlingsdato/).fill(daysAgo(-3));
    await line.getByLabel(/^Beløb/).fill("12,345");
    await page.getByRole("button", { name: "Send krav" }).click();
    await expect(page.locator("#lines\\.0\\.treatmentDate-error")).toContainText("fremtiden");
    await expect(page.locator("#lines\\.0\\.amount-error")).toContainText("2 decimaler");
    await expect(page.locator("#lines\\.0\\.category-error")).toContainText("Vælg type af behandling");
    await expect(line.getByLabel(/^Beløb/)).toHaveAttribute("aria-describedby", /lines\.0\.amount-error/);
  });

  test("a double-click on submit creates one claim", async ({ page }) => {
    // Anders (ihi Bupa Top-Up) has no other claims, so the count is not disturbed by other specs.
    await signIn(page, DEMO_USERS.topUpMember.email, DEMO_PASSWORD);
    const claimLinks = page.locator('main a[href^="/member/claims/"]');
    const claimIds = async () => {
      await page.goto("/member/claims");
      const hrefs = await claimLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      return new Set(hrefs.map((h) => /\/member\/claims\/([0-9a-f-]{36})/.exec(h)?.[1]).filter(Boolean));
    };
    const before = await claimIds();

    await page.goto("/member/claims/new");

    await page.locator('form[data-hydrated="true"]').waitFor();
    await fillGpLine(page);
    await page.getByLabel(/^Diagnose eller årsag/).fill("Øreinfektion");
    await upload(page, "invoice-gp.pdf");
    await expect(page.getByTestId("document-0")).toContainText("invoice-gp.pdf");
    await expect(page.getByTestId("estimate-payable")).toBeVisible();

    await page.getByRole("button", { name: "Send krav" }).dblclick();
    await page.waitForURL(/\/member\/claims\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 20_000 });
    const claimId = new URL(page.url()).pathname.split("/").pop()!;

    const after = await claimIds();
    const added = [...after].filter((id) => !before.has(id));
    expect(added).toEqual([claimId]);
  });
});
