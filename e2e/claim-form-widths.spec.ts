import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";

/**
 * Issue 14 points 3–5, on a phone (390 px) and a desktop (1280 px): field errors only after a
 * field is touched (or on submit) and gone as soon as the value is valid; the "belongs to"
 * checkboxes take a human click (press, a moment, release) the first time; a document links to
 * the only line by default; the expected refund stays in sight on a phone and comes before the
 * send button. Danish UI (the default locale).
 */
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const daysAgo = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() - days * 86_400_000));

/** A person's click: press, hold for a moment (validation of the field just left runs), release. */
async function humanClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(150);
  await page.mouse.up();
}

async function openForm(page: Page) {
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  await page.goto("/member/claims/new");
  await page.locator('form[data-hydrated="true"]').waitFor();
}

async function fillGpLine(page: Page, index: number, amount: string) {
  const line = page.getByTestId(`claim-line-${index}`);
  await line.getByLabel(/^Behandlingsdato/).fill(daysAgo(3 + index));
  await line.getByLabel(/^Type af behandling/).selectOption("gp_consultation");
  await line.getByRole("combobox", { name: /^Behandlingssted/ }).fill("Lægehuset");
  await line.getByRole("listbox").getByRole("option").first().click();
  await line.getByLabel(/^Beløb/).fill(amount);
}

const errorsIn = (scope: Locator) => scope.locator('[id$="-error"]');

for (const width of [390, 1280]) {
  test.describe(`claim form at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 800 } });

    test("errors show once a field is touched and clear as soon as it is valid; a new line starts clean", async ({ page }) => {
      await openForm(page);
      await page.getByRole("button", { name: "Tilføj en behandling" }).click();
      const second = page.getByTestId("claim-line-1");
      await expect(second).toBeVisible();
      await expect(errorsIn(page.getByTestId("claim-line-0"))).toHaveCount(0);
      await expect(errorsIn(second)).toHaveCount(0);

      // Touch the type without choosing: its error shows; fields not visited yet stay quiet.
      const type = second.getByLabel(/^Type af behandling/);
      await type.focus();
      await second.getByLabel(/^Beløb/).focus();
      await expect(second.locator("#lines\\.1\\.category-error")).toContainText("Vælg type af behandling");
      await expect(second.locator("#lines\\.1\\.amount-error")).toHaveCount(0);
      await expect(second.locator("#lines\\.1\\.providerName-error")).toHaveCount(0);
      await expect(errorsIn(page.getByTestId("claim-line-0"))).toHaveCount(0);
      // Choosing a type clears it at once, without leaving the field.
      await type.selectOption("gp_consultation");
      await expect(second.locator("#lines\\.1\\.category-error")).toHaveCount(0);

      // Submit shows what is still missing.
      await page.getByRole("button", { name: "Send krav" }).click();
      await expect(second.locator("#lines\\.1\\.amount-error")).toBeVisible();
      await second.getByLabel(/^Beløb/).fill("300");
      await expect(second.locator("#lines\\.1\\.amount-error")).toHaveCount(0);
    });

    test("a document links to the only line by default, and with two lines each box takes the first click", async ({ page }) => {
      await openForm(page);
      await fillGpLine(page, 0, "600");
      await page.getByTestId("document-file-input").setInputFiles(fixture("invoice-gp.pdf"));
      const first = page.getByTestId("document-0");
      await expect(first).toContainText("invoice-gp.pdf");
      await expect(first.getByLabel("Behandling 1")).toBeChecked();

      await page.getByRole("button", { name: "Tilføj en behandling" }).click();
      await fillGpLine(page, 1, "400");
      await page.getByTestId("document-file-input").setInputFiles(fixture("referral.pdf"));
      const second = page.getByTestId("document-1");
      await expect(second).toContainText("referral.pdf");
      await second.getByLabel("Hvad er referral.pdf?").selectOption("REFERRAL");
      await humanClick(page, second.getByLabel("Behandling 1"));
      await expect(second.getByLabel("Behandling 1")).toBeChecked();
      await humanClick(page, second.getByLabel("Behandling 2"));
      await expect(second.getByLabel("Behandling 2")).toBeChecked();
      await humanClick(page, first.getByLabel("Behandling 2"));
      await expect(first.getByLabel("Behandling 2")).toBeChecked();
      await humanClick(page, first.getByLabel("Behandling 1"));
      await expect(first.getByLabel("Behandling 1")).not.toBeChecked();
      await expect(first.getByLabel("Behandling 2")).toBeChecked();
    });

    test("the expected refund is in sight while typing and comes before the send button", async ({ page }) => {
      await openForm(page);
      await fillGpLine(page, 0, "600");
      const amount = page.getByTestId("claim-line-0").getByLabel(/^Beløb/);
      await amount.focus();
      const payable = page.getByTestId("estimate-payable");
      await expect(payable).toContainText("kr.");
      const submit = page.getByRole("button", { name: "Send krav" });
      const panel = page.locator("#claim-estimate");
      const sticky = page.getByTestId("estimate-sticky");
      if (width === 390) {
        await expect(sticky).toBeInViewport();
        await expect(page.getByTestId("estimate-sticky-payable")).toHaveText((await payable.innerText()).trim());
        await sticky.getByRole("button", { name: "Vis detaljer" }).click();
        await expect(sticky.getByRole("button", { name: "Skjul detaljer" })).toHaveAttribute("aria-expanded", "true");
        await expect(sticky).toContainText("Behandling 1: Lægekonsultation");
        // The full estimate, in the page's flow, before the send button.
        expect((await panel.boundingBox())!.y).toBeLessThan((await submit.boundingBox())!.y);
        await submit.scrollIntoViewIfNeeded();
        await panel.scrollIntoViewIfNeeded();
        await expect(sticky).toBeHidden();
      } else {
        await expect(sticky).toBeHidden();
        await expect(panel).toBeInViewport();
        expect((await panel.boundingBox())!.x).toBeGreaterThan((await amount.boundingBox())!.x + 200);
      }
    });
  });
}
