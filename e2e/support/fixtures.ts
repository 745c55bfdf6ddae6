import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { axeViolations, formatViolations, type AxeOptions, type AxeViolation } from "./axe";

/**
 * Playwright `test` in which EVERY page a test visits is checked with axe (WCAG 2.1 A/AA).
 *
 *   import { test, expect, signIn } from "./support/fixtures";
 *
 *   test("member sees their claims", async ({ page }) => {
 *     await signIn(page, "anna@example.dk", "…");     // /login is checked, then the page after it
 *     await page.getByRole("link", { name: "Mine krav" }).click();   // checked too
 *   });                                               // violations on any of them fail the test
 *
 * How: after every main-frame navigation (full loads and Next.js client-side navigations) the
 * page is checked once it has loaded and stayed put for a moment. `page.goto/reload/goBack/
 * goForward` wait for that check, so directly visited pages are always checked; pages reached
 * by clicks are checked in the background while the test goes on. A page the test leaves before
 * its check could run is listed in the "axe" annotation as not checked; to be sure a page in
 * the middle of a flow is checked, call `await axe.check()` there (or `expectNoAxeViolations`).
 * The page open when the test ends is always checked. All violations are reported together at
 * the end, one line per rule and page. For a state without a navigation (an open dialog, a
 * form showing its errors), call `await expectNoAxeViolations(page)` from ./axe at that point.
 *
 * Per spec or describe block:
 *   test.use({ axeOptions: { exclude: ["#third-party-widget"], disableRules: ["…"] } });
 *   test.use({ autoAxe: false });     // only for tests that deliberately render broken pages
 */

const SETTLE_MS = 250;

/** Errors that mean "the page moved on while axe ran", not a failure of the page. */
const NAVIGATION_RACE = /Execution context was destroyed|Target (page, context or browser )?(has been )?closed|frame was detached|navigat|Cannot find context/i;

export class PageAudit {
  private navigation = 0;
  private auditedNavigation = -1;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private readonly found = new Map<string, AxeViolation>();
  readonly checked: string[] = [];
  readonly notChecked: string[] = [];
  readonly errors: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly options: AxeOptions,
  ) {
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      this.navigation += 1;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.enqueue(), SETTLE_MS);
    });
  }

  get violations(): AxeViolation[] {
    return [...this.found.values()];
  }

  /**
   * Checks the current page now unless it has been checked since its last navigation. When the
   * page navigates meanwhile (a redirect, a client-side route change), checks where it lands.
   */
  async check(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.page.isClosed() && this.auditedNavigation !== this.navigation) {
      if (Date.now() > deadline) {
        this.errors.push(`${this.page.url()}: the page kept navigating; no axe check completed within ${timeoutMs} ms`);
        return;
      }
      clearTimeout(this.timer);
      await this.enqueue();
      if (this.auditedNavigation !== this.navigation) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }

  private enqueue(): Promise<void> {
    this.queue = this.queue.then(() => this.run());
    return this.queue;
  }

  private async run(): Promise<void> {
    const navigation = this.navigation;
    if (navigation === this.auditedNavigation || this.page.isClosed()) return;
    const url = this.page.url();
    if (url === "about:blank" || url.startsWith("chrome-error:")) {
      this.auditedNavigation = navigation;
      return;
    }
    try {
      await this.page.waitForLoadState("load", { timeout: 15_000 });
      if (navigation !== this.navigation) return; // a newer navigation schedules its own check
      const violations = await axeViolations(this.page, this.options);
      if (navigation !== this.navigation) return this.skip(url);
      for (const violation of violations) this.found.set(`${violation.url}\n${violation.id}\n${violation.targets.join("|")}`, violation);
      this.checked.push(url);
      this.auditedNavigation = navigation;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (this.page.isClosed() || navigation !== this.navigation || NAVIGATION_RACE.test(message)) return this.skip(url);
      this.errors.push(`${url}: ${message.split("\n")[0]}`);
      this.auditedNavigation = navigation;
    }
  }

  private skip(url: string): void {
    if (!this.notChecked.includes(url)) this.notChecked.push(url);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** Makes goto/reload/goBack/goForward wait for the axe check of the page they land on. */
function checkAfterNavigation(page: Page, audit: PageAudit): void {
  for (const method of ["goto", "reload", "goBack", "goForward"] as const) {
    const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
    (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await original(...args);
      await audit.check();
      return response;
    };
  }
}

function report(audit: PageAudit, testInfo: TestInfo): void {
  const unchecked = audit.notChecked.filter((url) => !audit.checked.includes(url));
  testInfo.annotations.push({
    type: "axe",
    description: `checked ${audit.checked.length} page(s)${unchecked.length ? `; left before a check could run: ${unchecked.join(", ")}` : ""}`,
  });
}

const auditsByPage = new WeakMap<Page, PageAudit>();

export const test = base.extend<{
  /** axe settings for the automatic checks (test.use). */
  axeOptions: AxeOptions;
  /** Set false to switch the automatic checks off for a spec (test.use). */
  autoAxe: boolean;
  /** The audit of `page`: `await axe.check()` checks the current page now. */
  axe: PageAudit;
  /** Content-Security-Policy violations the browser reported on `page` (automatic: any fails the test). */
  cspViolations: string[];
}>({
  axeOptions: [{}, { option: true }],
  autoAxe: [true, { option: true }],

  // The page's automatic audit, so `axe.check()` and the end-of-test report agree; with
  // autoAxe off, a separate audit that only checks when asked and reports nothing by itself.
  axe: async ({ page, axeOptions }, provide) => {
    const existing = auditsByPage.get(page);
    if (existing) return provide(existing);
    const audit = new PageAudit(page, axeOptions);
    await provide(audit);
    audit.dispose();
  },

  // Every test asserts that the page CSP (lib/cli/content-security-policy.ts) blocked nothing of
  // ours: Chromium reports each refusal as a console error.
  cspViolations: [
    async ({ page }, provide) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await provide(violations);
      expect(violations, "the browser refused something under the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],

  page: async ({ page, autoAxe, axeOptions }, provide, testInfo) => {
    if (!autoAxe) return provide(page);
    const audit = new PageAudit(page, axeOptions);
    checkAfterNavigation(page, audit);
    auditsByPage.set(page, audit);
    await provide(page);
    auditsByPage.delete(page);

    const testFailedAlready = testInfo.status !== testInfo.expectedStatus;
    if (!testFailedAlready && !page.isClosed()) await audit.check();
    audit.dispose();
    report(audit, testInfo);
    if (audit.violations.length) {
      await testInfo.attach("axe-violations.json", { body: JSON.stringify(audit.violations, null, 2), contentType: "application/json" });
    }
    expect(audit.errors, "axe could not check some pages").toEqual([]);
    expect(formatViolations(audit.violations), `axe found WCAG 2.1 A/AA violations on ${audit.checked.length} checked page(s)`).toEqual([]);
  },
});

export { expect };

// ---------------------------------------------------------------------------------------------
// Signing in. The form's accessible names live here only, so a wording change is one edit.

export const signInForm = {
  path: "/login",
  // Labels start with the field name; required fields append "(skal udfyldes)" to the name.
  email: /^E-mail\b/,
  password: /^Adgangskode\b/,
  submit: "Log ind",
};

/**
 * Opens /login, fills the form by its labels and submits. By default waits until the browser
 * has left /login (a successful sign-in); pass `{ expectSuccess: false }` to test a refusal.
 */
export async function signIn(page: Page, email: string, password: string, options: { expectSuccess?: boolean } = {}): Promise<void> {
  await page.goto(signInForm.path);
  await page.getByLabel(signInForm.email).fill(email);
  await page.getByLabel(signInForm.password).fill(password);
  await page.getByRole("button", { name: signInForm.submit, exact: true }).click();
  if (options.expectSuccess ?? true) {
    await page.waitForURL((url) => !url.pathname.startsWith(signInForm.path), { timeout: 15_000 });
  }
}
