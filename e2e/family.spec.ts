import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { FAMILY_DEMO } from "../lib/db/seed/family-data";
import { expect, signIn, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * The family (issue 10): the main insured adds people (FAM-1…5, FAM-3), a 15–17-year-old's and an
 * adult's health data is their own (Danish Health Act §17, FAM-7) and shared only by their own
 * consent (ACC-3), the handler decides on a health declaration, an invited adult activates their
 * own login (ACC-1). Demo data: the Jensens (Cigna Global) and the Bergs (Top-Up, lib/db/seed/family.ts).
 * Texts are Danish (the default).
 */

/** Today in Copenhagen, n days from now, as YYYY-MM-DD. */
function isoDay(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(date);
}

/** A CPR number for a birth date in the 2000s (7th digit 4) or 1900s (7th digit 1). */
function cprFor(iso: string, serial: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}${m}${y!.slice(2)}-${serial}`;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

test("Mette adds a newborn, covered from birth; a second spouse is refused with FAM-1; bad input stays beside the field", async ({ page }) => {
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  await page.goto("/member/family");
  await expect(page.getByRole("heading", { level: 1, name: "Familie" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lars Jensen" })).toBeVisible();
  await page.getByRole("link", { name: "Tilføj et familiemedlem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilføj et familiemedlem" })).toBeVisible();

  // Bad input: a malformed CPR number (browser check), then a birth in the future (server check).
  await page.getByLabel(/^Hvem tilføjer du/).selectOption({ label: "Barn" });
  await page.getByLabel(/^Fornavn/).fill("Ida");
  await page.getByLabel(/^Efternavn/).fill("Jensen");
  await page.getByLabel(/^Fødselsdato/).fill(isoDay(30));
  await page.getByLabel(/^CPR-nummer/).fill("12345");
  await page.getByLabel(/^Dækning fra/).fill(isoDay(1));
  await page.getByRole("button", { name: "Tilføj", exact: true }).click();
  await expect(page.locator("#cpr-error")).toContainText("Et CPR-nummer er 10 cifre");
  await expect(page.getByLabel(/^CPR-nummer/)).toHaveAttribute("aria-describedby", /cpr-error/);
  await page.getByLabel(/^CPR-nummer/).fill(cprFor(isoDay(30), "4123"));
  await page.getByRole("button", { name: "Tilføj", exact: true }).click();
  await expect(page.locator("#birthDate-error")).toContainText("Fødselsdatoen kan ikke ligge i fremtiden.");
  await expect(page.getByLabel(/^Fornavn/)).toHaveValue("Ida");
  // A child older than the parent.
  await page.getByLabel(/^Fødselsdato/).fill("1980-02-01");
  await page.getByLabel(/^CPR-nummer/).fill("010280-1234");
  await page.getByRole("button", { name: "Tilføj", exact: true }).click();
  await expect(page.locator("#birthDate-error")).toContainText("Et barn kan ikke være ældre end forælderen.");

  // A second spouse: refused, naming FAM-1 and why.
  await page.getByLabel(/^Hvem tilføjer du/).selectOption({ label: "Ægtefælle" });
  await page.getByLabel(/^Fornavn/).fill("Anders");
  await page.getByLabel(/^Fødselsdato/).fill("1980-05-05");
  await page.getByLabel(/^CPR-nummer/).fill("050580-1234");
  await page.getByRole("button", { name: "Tilføj", exact: true }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Vi kan ikke tilføje personen" });
  await expect(refusal).toContainText("FAM-1");
  await expect(refusal).toContainText("Der kan kun være én ægtefælle eller samlever på policen ad gangen.");
  await expect(page.getByLabel(/^Fornavn/)).toHaveValue("Anders");

  // The newborn: covered from birth.
  const born = isoDay(-10);
  await page.getByLabel(/^Hvem tilføjer du/).selectOption({ label: "Nyfødt barn" });
  await page.getByLabel(/^Fornavn/).fill("Ida");
  await page.getByLabel(/^Fødselsdato/).fill(born);
  await page.getByLabel(/^CPR-nummer/).fill(cprFor(born, "4321"));
  await page.getByRole("button", { name: "Tilføj", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ida Jensen er tilføjet og dækket fra" })).toBeVisible();

  await page.getByRole("link", { name: "Tilbage til familien" }).first().click();
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Ida Jensen" }) });
  await expect(card).toContainText("Barn");
  await expect(card).toContainText("Nej"); // no own login: a newborn
  const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Policens historik" }) });
  await expect(history).toContainText("Ida Jensen tilføjet");
  await expect(history).toContainText("af Mette Jensen");
});

test("a 16-year-old's claim is hidden from the parent; she gives consent, the parent sees it; she withdraws, it is hidden again", async ({ page: karen, browser }) => {
  test.setTimeout(120_000); // two members signed in side by side, several round trips each
  await signIn(karen, FAMILY_DEMO.main.email, DEMO_PASSWORD);
  await karen.goto("/member/claims");
  const table = karen.getByRole("table");
  await expect(table.getByRole("cell", { name: "Jonas Berg" }).first()).toBeVisible(); // Jonas's consent (seed)
  await expect(karen.getByText("Freja Berg")).toHaveCount(0);

  const freja = await signedIn(browser, FAMILY_DEMO.teen.email);
  await freja.goto("/member/family/consents");
  await expect(freja.getByRole("heading", { level: 1, name: "Samtykker og fuldmagter" })).toBeVisible();
  await freja.getByRole("combobox", { name: /^Til/ }).selectOption({ label: "Karen Berg" });
  await freja.getByLabel(/^Din adgangskode/).fill("wrong-password");
  await freja.getByRole("button", { name: "Giv", exact: true }).click();
  await expect(freja.locator("#password-error")).toContainText("Adgangskoden er forkert.");
  await freja.getByLabel(/^Din adgangskode/).fill(DEMO_PASSWORD);
  await freja.getByRole("button", { name: "Giv", exact: true }).click();
  await freja.waitForURL(/done=given/);
  await expect(freja.getByText("Givet. Det gælder fra den første dag, du valgte.")).toBeVisible();

  await karen.reload();
  await expect(karen.getByRole("table").getByRole("cell", { name: "Freja Berg" }).first()).toBeVisible();

  await freja.reload();
  await freja.getByText("Hvad Karen Berg har set eller gjort med dine oplysninger").click();
  await expect(freja.getByText("så dine skader i listen").first()).toBeVisible();
  await freja.getByRole("button", { name: /^Tilbagekald nu/ }).click();
  await freja.waitForURL(/done=withdrawn/);
  await expect(freja.getByText("Tilbagekaldt. Fra nu af ser de ikke længere dine oplysninger.")).toBeVisible();

  await karen.reload();
  await expect(karen.getByRole("table").getByRole("cell", { name: "Jonas Berg" }).first()).toBeVisible();
  await expect(karen.getByText("Freja Berg")).toHaveCount(0);
  await karen.goto("/member/family");
  await expect(karen.locator("section").filter({ has: karen.getByRole("heading", { name: "Policens historik" }) })).toContainText("Freja Berg tilbagekaldte et samtykke eller en fuldmagt");
});

test("a newborn's health declaration waits for the handler, who accepts; the family then shows her covered", async ({ page: handler, browser }) => {
  await signIn(handler, DEMO_USERS.handler.email, DEMO_PASSWORD);
  await handler.goto("/handler");
  const section = handler.locator("section").filter({ has: handler.getByRole("heading", { name: "Helbredserklæringer" }) });
  await expect(section).toContainText("1 tilmelding afventer afgørelse.");
  await section.getByRole("link", { name: "Vurdér: Alma Berg" }).click();
  await expect(handler.getByRole("heading", { level: 1, name: "Helbredserklæring: Alma Berg" })).toBeVisible();
  await expect(handler.getByText("Indlagt 2 døgn efter fødslen med gulsot")).toBeVisible();
  await handler.getByRole("button", { name: "Gem afgørelsen" }).click();
  await expect(handler.locator("#decision-error")).toContainText("Vælg optag eller afvis.");
  await handler.getByLabel("Optag personen").check();
  await handler.getByRole("button", { name: "Gem afgørelsen" }).click();
  await handler.waitForURL(/\/handler\/enrolments\?done=decided/);
  await expect(handler.getByText("Afgørelsen er gemt, og forsikringstageren har fået besked.")).toBeVisible();
  await expect(handler.getByText("Ingen tilmeldinger venter.")).toBeVisible();

  const karen = await signedIn(browser, FAMILY_DEMO.main.email);
  await karen.goto("/member/family");
  const alma = karen.locator("section").filter({ has: karen.getByRole("heading", { name: "Alma Berg" }) });
  await expect(alma).toContainText("Fra ");
  await expect(alma).not.toContainText("Afventer vores vurdering");
  await expect(karen.locator("section").filter({ has: karen.getByRole("heading", { name: "Policens historik" }) })).toContainText("Alma Berg optaget efter helbredserklæringen");
  // Viggo turns 15 within 60 days: the overview says what changes.
  await expect(karen.locator("section").filter({ has: karen.getByRole("heading", { name: "Viggo Berg" }) })).toContainText("Fylder 15 år");
});

test("an invited adult activates their own login (ACC-1)", async ({ page: karen, browser }) => {
  await signIn(karen, FAMILY_DEMO.main.email, DEMO_PASSWORD);
  await karen.goto("/member/family");
  const email = "magnus.berg@example.dk";
  const since = new Date();
  await karen.getByLabel(/^E-mail til Magnus Berg/).fill(email);
  await karen.getByRole("button", { name: "Send invitation" }).click();
  await expect(karen.getByText("Invitationen er sendt.")).toBeVisible();

  const mail = await waitForMail({ to: email, since, subjectIncludes: "Din egen adgang" });
  const memberNumber = /Medlemsnummer: (\d{8})/.exec(mail.text)?.[1];
  const code = /Aktiveringskode: ([A-Z0-9]{8})/.exec(mail.text)?.[1];
  expect(memberNumber).toBe(FAMILY_DEMO.adultChild.memberNumber);
  expect(code).toBeTruthy();

  const magnus = await browser.newPage();
  await magnus.goto("/activate");
  await magnus.getByLabel(/^Medlemsnummer/).fill(memberNumber!);
  await magnus.getByLabel(/^Aktiveringskode/).fill(code!);
  await magnus.getByLabel(/^E-mail/).fill(email);
  await magnus.getByLabel(/^Vælg adgangskode/).fill("Magnus-kode-2026");
  await magnus.getByLabel(/^Gentag adgangskode/).fill("Magnus-kode-2026");
  await magnus.getByRole("button", { name: "Aktivér og log ind" }).click();
  await magnus.waitForURL((url) => url.pathname === "/member");
  await magnus.goto("/member/family");
  await expect(magnus.getByRole("heading", { name: "Magnus Berg (dig)" })).toBeVisible();
  await expect(magnus.getByRole("link", { name: "Tilføj et familiemedlem" })).toHaveCount(0);
});

test("an adult co-insured withdraws his consent with one click and the main insured no longer sees his claims; he gives it again and she does", async ({ page: karen, browser }) => {
  test.setTimeout(120_000); // two members signed in side by side, several round trips each
  // Jonas (adult spouse) gave Karen consent in the seed (ACC-3, FAM-7). Runs last in this file: it ends with the consent given again.
  await signIn(karen, FAMILY_DEMO.main.email, DEMO_PASSWORD);
  await karen.goto("/member/claims");
  await expect(karen.getByRole("table").getByRole("cell", { name: "Jonas Berg" }).first()).toBeVisible();

  const jonas = await signedIn(browser, FAMILY_DEMO.spouse.email);
  await jonas.goto("/member/family/consents");
  await jonas.getByRole("button", { name: /^Tilbagekald nu: Til Karen Berg/ }).first().click();
  await jonas.waitForURL(/done=withdrawn/);
  await expect(jonas.getByText("Tilbagekaldt. Fra nu af ser de ikke længere dine oplysninger.")).toBeVisible();

  await karen.reload();
  await expect(karen.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(karen.getByText("Jonas Berg")).toHaveCount(0);

  await jonas.getByRole("combobox", { name: /^Til/ }).selectOption({ label: "Karen Berg" });
  await jonas.getByLabel(/^Din adgangskode/).fill(DEMO_PASSWORD);
  await jonas.getByRole("button", { name: "Giv", exact: true }).click();
  await jonas.waitForURL(/done=given/);
  await expect(jonas.getByText("Givet. Det gælder fra den første dag, du valgte.")).toBeVisible();
  await jonas.close();

  await karen.reload();
  await expect(karen.getByRole("table").getByRole("cell", { name: "Jonas Berg" }).first()).toBeVisible();
});
