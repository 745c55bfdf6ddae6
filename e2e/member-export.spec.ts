import fs from "node:fs";
import type { Bundle } from "@medplum/fhirtypes";
import { unzipToMap } from "../lib/testing/unzip";
import type { ExportData } from "../lib/export/types";
import { waitForMail } from "./support/mailbox";
import { PageAudit, expect, signIn, test } from "./support/fixtures";

/**
 * Export my data (issue 13 point 8, GDPR art. 15/20): Mette asks for her data from her profile
 * (a double click makes one export), the page follows the job until the download link appears,
 * the mail says it is ready (without health details), and the ZIP holds data.json and a FHIR R4
 * Bundle with her and her child but not her adult spouse (FAM-7), whose own login cannot fetch it.
 * Danish texts; axe on every page by the fixture.
 */
const PASSWORD = "Demo-Portal-2026";

test("the member requests an export, waits for it, downloads the ZIP with JSON and FHIR; the spouse cannot fetch it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "mette@demo.dk", PASSWORD);
  await page.goto("/member/profile");
  await page.getByRole("link", { name: /^Hent mine data/ }).click();
  await expect(page).toHaveURL(/\/member\/export$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hent mine data" })).toBeVisible();
  await expect(page.getByText("Du har ikke hentet dine data endnu.")).toBeVisible();

  const since = new Date();
  await page.getByRole("button", { name: "Forbered mine data" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Vi gør dine data klar." })).toBeVisible();
  // The page refreshes itself while the job runs; no reload by the test.
  const link = page.getByRole("link", { name: /^Hent ZIP-filen/ });
  await expect(link).toBeVisible({ timeout: 90_000 });
  await expect(page.locator("[data-export-status]")).toHaveCount(1);
  await expect(page.getByText(/^Linket virker til .+ \(7 dage\)\.$/)).toBeVisible();

  const mail = await waitForMail({ to: "mette@demo.dk", subjectIncludes: "Dine data er klar", since, timeoutMs: 30_000 });
  expect(mail.text).toContain("/member/export");
  expect(mail.text).not.toMatch(/C-\d{4}-|fysioterapi|diagnose/i);

  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^member-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = await unzipToMap(fs.readFileSync((await download.path())!));
  expect([...files.keys()]).toEqual(expect.arrayContaining(["README.txt", "data.json", "fhir-bundle.json"]));
  const data = JSON.parse(files.get("data.json")!.toString("utf8")) as ExportData;
  const names = data.persons.map((p) => p.firstName);
  expect(names).toContain("Mette");
  expect(names).not.toContain("Lars");
  const bundle = JSON.parse(files.get("fhir-bundle.json")!.toString("utf8")) as Bundle;
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
  expect([...types]).toEqual(expect.arrayContaining(["Patient", "Coverage"]));

  // The adult spouse's own login gets nothing: the export is the member's who asked for it.
  const href = await link.getAttribute("href");
  const spouse = await browser.newContext();
  const spousePage = await spouse.newPage();
  await signIn(spousePage, "lars@demo.dk", PASSWORD);
  const spouseAudit = new PageAudit(spousePage, {});
  await spouseAudit.check();
  expect(spouseAudit.violations).toEqual([]);
  expect((await spousePage.request.get(href!)).status()).toBe(404);
  await spouse.close();

  // An expired link sends the member back here with a clear message.
  await page.goto("/member/export?expired=1");
  await expect(page.getByRole("alert").filter({ hasText: "Den download er udløbet" })).toBeVisible();
});
