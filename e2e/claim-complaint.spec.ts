import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { complaintDueAt } from "../lib/claims/complaints/rules";
import { formatDate } from "../lib/i18n/format";
import { withDatabase } from "./authz/database";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_PG_PORT } from "./support/constants";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * Issue 14 point 8 (CLM-5) at 390 px and 1280 px: Mette complains about a settled claim from its
 * settlement note (a too-short reason is refused beside the field, the uploaded document and the
 * text stay; a double click sends one complaint); the handler finds the complaint in the queue
 * with its 7-working-day due date, refuses it with reasons (a missing reason is refused beside the
 * field); Mette sees the decision and the appeals board's address on the claim, and gets the mail.
 * Each width takes its own settled claim (1280: the paid one, 390: the decided one). axe runs on
 * every page: automatically on the member's, explicitly on the handler's.
 */
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

for (const [width, status] of [
  [1280, "PAID"],
  [390, "DECIDED"],
] as const) {
  const viewport = { width, height: width === 390 ? 844 : 800 };
  test(`a complaint about a settled claim is refused with reasons, at ${width} px`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    // Mette's own seeded claim in that status (other specs add decided claims of their own).
    const { id, number } = await withDatabase(E2E_PG_PORT, async (client) => {
      const sql = `SELECT c.id, c.number FROM "Claim" c JOIN "User" u ON u."personId" = c."personId" WHERE u.email = $1 AND c.status = $2 ORDER BY c.number LIMIT 1`;
      return (await client.query<{ id: string; number: string }>(sql, [DEMO_USERS.mainInsured.email, status])).rows[0]!;
    });
    const claimPath = `/member/claims/${id}`;
    await page.goto(claimPath);
    await expect(page.getByRole("heading", { level: 1, name: `Skade ${number}` })).toBeVisible();
    await page.getByRole("link", { name: "Læs afregningen" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Afregningsbilag/ })).toBeVisible();

    // Bad input: a document is uploaded, the reason is too short. The error sits beside the field; nothing is lost.
    const form = page.getByTestId("complaint-form");
    await form.getByTestId("document-file-input").setInputFiles([fixture("referral.pdf")]);
    await form.getByLabel("Hvad er referral.pdf?").selectOption("REFERRAL");
    const reason = form.getByLabel(/^Hvorfor er du uenig/);
    await reason.fill("Forkert");
    await form.getByRole("button", { name: "Send klage" }).click();
    const error = form.getByText("Skriv mindst 10 tegn.");
    await expect(error).toBeVisible();
    const errorId = await error.getAttribute("id");
    expect(await reason.getAttribute("aria-describedby")).toContain(errorId);
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveValue("Forkert");
    await expect(form.getByLabel("Hvad er referral.pdf?")).toHaveValue("REFERRAL");
    await expectNoAxeViolations(page);

    const since = new Date();
    await reason.fill("Fysioterapien var henvist af min læge, så den skal dækkes fuldt ud.");
    // A double click sends one complaint (the form's key is the same; the handler's queue shows one).
    await form.getByRole("button", { name: "Send klage" }).dblclick();
    const due = formatDate(complaintDueAt(new Date()).toISOString(), "da");
    // The form gives way to the complaint, under consideration, with its due date.
    const made = page.getByTestId("complaint");
    await expect(made).toHaveCount(1);
    await expect(made).toContainText("Under behandling");
    await expect(made).toContainText(`Svar senest ${due}`);
    await expect(page.getByTestId("complaint-form")).toHaveCount(0);
    const received = await waitForMail({ to: DEMO_USERS.mainInsured.email, subjectIncludes: `Vi har modtaget din klage over skade ${number}`, since });
    expect(received.text).not.toMatch(/Fysioterapi|henvis/i);

    // The handler: the complaint in the queue, with its due date, once.
    const handlerContext = await browser.newContext({ viewport, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    const handler = await handlerContext.newPage();
    await signIn(handler, DEMO_USERS.handler.email, DEMO_PASSWORD);
    await handler.goto("/handler");
    const row = handler.getByTestId("complaint-row").filter({ hasText: number });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("complaint-due")).toHaveText(due);
    await expect(row).toContainText("7 arbejdsdage tilbage");
    const box = (await row.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(handler);

    await row.getByRole("link", { name: `Skade ${number}` }).click();
    await expect(handler.getByRole("heading", { level: 1, name: `Skade ${number}` })).toBeVisible();
    const decision = handler.getByRole("form", { name: "Klage" });
    await expect(decision).toBeVisible();
    await decision.getByLabel(/^Afvis:/).check();
    await decision.getByRole("button", { name: "Afgør klagen" }).click();
    const reasonsError = decision.getByText("Skriv en begrundelse (mindst 10 tegn).");
    await expect(reasonsError).toBeVisible();
    expect(await decision.getByLabel(/^Begrundelse/).getAttribute("aria-describedby")).toContain(await reasonsError.getAttribute("id"));
    await expectNoAxeViolations(handler);
    await decision.getByLabel(/^Begrundelse/).fill("Planen dækker 80 % af fysioterapi (BEN-1). Afgørelsen er korrekt.");
    await decision.getByRole("button", { name: "Afgør klagen" }).click();
    const decided = handler.getByTestId("handler-complaint");
    await expect(decided).toContainText("Afvist: afgørelsen står ved magt");
    await expect(decided.getByTestId("appeals-board")).toContainText("Ankenævnet for Forsikring");
    await expectNoAxeViolations(handler);
    await handlerContext.close();

    // The member sees the decision, the reasons and where to go next.
    await page.goto(claimPath);
    const complaint = page.getByTestId("complaint");
    await expect(complaint).toContainText("Afvist: afgørelsen står ved magt");
    await expect(complaint.getByTestId("complaint-reasons")).toHaveText("Planen dækker 80 % af fysioterapi (BEN-1). Afgørelsen er korrekt.");
    await expect(complaint.getByTestId("appeals-board")).toContainText("Anker Heegaards Gade 2, 1572 København V");
    await expect(page.getByText("Klage afgjort")).toBeVisible();
    await expect(page.getByTestId("complaint-form")).toHaveCount(0);
    const refused = await waitForMail({ to: DEMO_USERS.mainInsured.email, subjectIncludes: `Din klage over skade ${number} er afgjort`, since });
    expect(refused.text).toContain("Ankenævnet for Forsikring");
    expect(refused.text).not.toMatch(/BEN-1|80 %/);
  });
}
