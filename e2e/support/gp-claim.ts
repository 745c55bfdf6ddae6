import path from "node:path";
import type { Page } from "@playwright/test";

const fixture = (name: string) => path.join(import.meta.dirname, "..", "fixtures", name);
const daysAgo = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() - days * 86_400_000));

/**
 * The claim form filled as a member does, ready to send: one GP visit 3 days ago at the first
 * "Lægehuset" found, 600 kr., with its invoice (Danish UI). Used by the submit benchmark
 * (lib/cli/bench-claim-submit.ts) and the fault tests (e2e/faults.spec.ts).
 */
export async function fillGpClaim(page: Page, diagnosis = "Halsbetændelse"): Promise<void> {
  await page.goto("/member/claims/new");
  await page.locator('form[data-hydrated="true"]').waitFor();
  const line = page.getByTestId("claim-line-0");
  await line.getByLabel(/^Behandlingsdato/).fill(daysAgo(3));
  await line.getByLabel(/^Type af behandling/).selectOption("gp_consultation");
  await line.getByRole("combobox", { name: /^Behandlingssted/ }).fill("Lægehuset");
  await line.getByRole("listbox").getByRole("option").first().click();
  await line.getByLabel(/^Beløb/).fill("600");
  await page.getByLabel(/^Diagnose eller årsag/).fill(diagnosis);
  await page.getByTestId("document-file-input").setInputFiles([fixture("invoice-gp.pdf")]);
  await page.getByLabel("Hvad er invoice-gp.pdf?").selectOption("INVOICE");
}
