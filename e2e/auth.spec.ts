import { DEMO_ACTIVATION, DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";
import { extractLink, waitForMail } from "./support/mailbox";

test.describe("accounts and sessions", () => {
  test("a new member activates with member number and code, chooses a password and lands on the member home", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: /Aktivér din adgang/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktivér din adgang");

    // Bad input first: messages appear beside the fields, typed values stay.
    await page.getByLabel(/^Medlemsnummer/).fill("123");
    await page.getByLabel(/^E-mail/).fill("sofie.holm@example.dk");
    await page.getByRole("button", { name: "Aktivér og log ind" }).click();
    await expect(page.locator("#memberNumber-error")).toContainText("Medlemsnummeret er 8 cifre.");
    await expect(page.locator("#activationCode-error")).toContainText("Skriv aktiveringskoden.");
    await expect(page.getByLabel(/^Medlemsnummer/)).toHaveAttribute("aria-describedby", /memberNumber-error/);
    await expect(page.getByLabel(/^E-mail/)).toHaveValue("sofie.holm@example.dk");

    await page.getByLabel(/^Medlemsnummer/).fill(DEMO_ACTIVATION.memberNumber);
    await page.getByLabel(/^Aktiveringskode/).fill("WRONG123");
    await page.getByLabel(/^Vælg adgangskode/).fill("Sofies-kode-2026");
    await page.getByLabel(/^Gentag adgangskode/).fill("Sofies-kode-2026");
    await page.getByRole("button", { name: "Aktivér og log ind" }).click();
    await expect(page.locator("#activationCode-error")).toContainText("passer ikke sammen");
    await expect(page.getByLabel(/^E-mail/)).toHaveValue("sofie.holm@example.dk");

    await page.getByLabel(/^Aktiveringskode/).fill(DEMO_ACTIVATION.code.toLowerCase());
    await page.getByLabel(/^Vælg adgangskode/).fill("Sofies-kode-2026");
    await page.getByLabel(/^Gentag adgangskode/).fill("Sofies-kode-2026");
    await page.getByRole("button", { name: "Aktivér og log ind" }).click();
    await page.waitForURL((url) => url.pathname === "/member");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${DEMO_ACTIVATION.firstName} ${DEMO_ACTIVATION.lastName}`);
    await expect(page.getByRole("main")).toContainText(DEMO_ACTIVATION.memberNumber);

    await page.getByRole("button", { name: "Log ud" }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, "sofie.holm@example.dk", "Sofies-kode-2026");
    await expect(page).toHaveURL(/\/member$/);
  });

  test("sign in shows name, policy number and role; after sign-out the old cookie no longer works", async ({ page, browser }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/member$/);
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mette Jensen");
    await expect(main).toContainText("P-100001");
    await expect(main).toContainText("Medlem");

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.includes("portal.session"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: "Log ud" }).click();
    await page.waitForURL(/\/login/);
    await expect(page.getByRole("status")).toContainText("Du er logget ud.");

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/member");
    // The cookie names a revoked session: sign-in again (the proxy, which records the return path,
    // only runs for requests without a session cookie; ADR 0012).
    await expect(replayPage).toHaveURL((url) => url.pathname === "/login");
    await expect(replayPage.getByRole("heading", { level: 1 })).not.toContainText("Mette");
    await replay.close();
  });

  test("next-auth's own sign-out endpoint ends the server session too: a copied cookie no longer reads anything", async ({ page, browser }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    const cookies = await page.context().cookies();
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    expect(signedOut.status()).toBeLessThan(400);

    const replay = await browser.newContext();
    await replay.addCookies(cookies.filter((cookie) => cookie.name.includes("portal.session")));
    const replayPage = await replay.newPage();
    await replayPage.goto("/member/claims");
    await expect(replayPage).toHaveURL((url) => url.pathname === "/login");
    await replay.close();
  });

  test("a wrong password gets one message, the same as an unknown e-mail", async ({ page }) => {
    await signIn(page, DEMO_USERS.spouse.email, "Not-the-password-1", { expectSuccess: false });
    const alert = page.getByRole("alert").filter({ hasText: /forkert/ });
    await expect(alert).toHaveText("E-mail eller adgangskode er forkert.");
    await expect(page.getByLabel(/^E-mail/)).toHaveValue(DEMO_USERS.spouse.email);

    await signIn(page, "no-such-member@demo.dk", "Not-the-password-1", { expectSuccess: false });
    await expect(page.getByRole("alert").filter({ hasText: /forkert/ })).toHaveText("E-mail eller adgangskode er forkert.");
  });

  test("repeated failures are throttled with a clear message", async ({ page }) => {
    const email = "throttle-probe@demo.dk";
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, email, `Wrong-password-${attempt}`, { expectSuccess: false });
      await expect(page.getByRole("alert").filter({ hasText: /forkert/ })).toBeVisible();
    }
    await signIn(page, email, "Wrong-password-6", { expectSuccess: false });
    await expect(page.getByRole("alert").filter({ hasText: /For mange forsøg/ })).toBeVisible();
  });

  test("a user resets a forgotten password through the e-mailed link", async ({ page }) => {
    // Only this file uses Hanne's account, in order: a reset ends all her sessions (as it should),
    // which would sign out another spec's worker using a shared account mid-test.
    const email = DEMO_USERS.employerAdmin.email;
    await page.goto("/login");
    await page.getByRole("link", { name: "Glemt adgangskoden?" }).click();
    // The sign-in page has an E-mail field too: type only once the reset page is there.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nulstil adgangskode");
    await page.getByLabel(/^E-mail/).fill("not an e-mail");
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page.locator("#email-error")).toContainText("gyldig e-mail");

    const since = new Date();
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page.getByRole("status")).toContainText("Hvis adressen hører til en konto");

    const mail = await waitForMail({ to: email, subjectIncludes: "Nulstil din adgangskode", since });
    const link = extractLink(mail, "/reset-password/");
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vælg en ny adgangskode");
    await page.getByLabel(/^Ny adgangskode/).fill("Hanne-glemt-kode-77");
    await page.getByLabel(/^Gentag ny adgangskode/).fill("Hanne-glemt-kode-78");
    await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
    await expect(page.locator("#confirmPassword-error")).toContainText("ikke ens");

    // Back to the demo password so the other journeys can use this account.
    await page.getByLabel(/^Ny adgangskode/).fill(DEMO_PASSWORD);
    await page.getByLabel(/^Gentag ny adgangskode/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
    await page.waitForURL(/\/login\?reset=1/);
    await expect(page.getByRole("status")).toContainText("Din adgangskode er ændret");

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Linket virker ikke");
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/employer$/);
  });

  test("a member cannot open the employer or the handler area", async ({ page }) => {
    await signIn(page, DEMO_USERS.spouse.email, DEMO_PASSWORD);
    for (const area of ["/employer", "/handler"]) {
      const response = await page.goto(area);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden blev ikke fundet");
    }
  });

  test("each role lands in its own area, and a user with two roles can switch", async ({ page }) => {
    await signIn(page, DEMO_USERS.handler.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/handler$/);
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.waitForURL(/\/login/);

    await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByRole("main")).toContainText("27182818");
    await page.getByRole("link", { name: "Gå til medlemsområdet" }).click();
    await expect(page).toHaveURL(/\/member$/);
  });

  test("the language switch turns every text to English and back", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#email-error")).toContainText("Enter your e-mail.");
    await page.getByRole("button", { name: "Dansk" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log ind");
  });

  test("without JavaScript the language switch and sign-out still work (plain form posts to createAction actions)", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/login");
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
      await page.getByRole("button", { name: "Dansk" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log ind");

      await signIn(page, DEMO_USERS.spouse.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/member$/);
      await page.getByRole("button", { name: "Log ud" }).click();
      await page.waitForURL(/\/login/);
      await expect(page.getByRole("status")).toContainText("Du er logget ud.");
      await page.goto("/member");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmember/);
    } finally {
      await context.close();
    }
  });

  test("a signed-in member changes their password", async ({ page }) => {
    await signIn(page, DEMO_USERS.employerAdmin.email, DEMO_PASSWORD);
    await page.goto("/account/password");
    await page.getByLabel(/^Nuværende adgangskode/).fill("Wrong-current-1");
    await page.getByLabel(/^Ny adgangskode/).fill("Hanne-ny-kode-1");
    await page.getByLabel(/^Gentag ny adgangskode/).fill("Hanne-ny-kode-1");
    await page.getByRole("button", { name: "Skift adgangskode" }).click();
    await expect(page.locator("#currentPassword-error")).toContainText("forkert");

    for (const [current, next] of [[DEMO_PASSWORD, "Hanne-ny-kode-1"], ["Hanne-ny-kode-1", DEMO_PASSWORD]]) {
      await page.getByLabel(/^Nuværende adgangskode/).fill(current!);
      await page.getByLabel(/^Ny adgangskode/).fill(next!);
      await page.getByLabel(/^Gentag ny adgangskode/).fill(next!);
      await page.getByRole("button", { name: "Skift adgangskode" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Din adgangskode er ændret." })).toBeVisible();
      await page.reload();
    }
    await expect(page).toHaveURL(/\/account\/password$/);
  });
});
