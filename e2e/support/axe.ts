import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA: what the portal promises. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResult = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

export interface AxeOptions {
  /** CSS selectors left out of the check (e.g. a third-party widget), with a reason in the spec. */
  exclude?: string[];
  /** axe rule ids not to run. Prefer fixing the page. */
  disableRules?: string[];
}

export interface AxeViolation {
  url: string;
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe on the page as it is now and returns the WCAG 2.1 A/AA violations. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  // Legacy mode runs axe.run inside the page; the default mode opens an extra blank page in the
  // context for each check, which the automatic per-page checks (fixtures.ts) must not do.
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  return results.violations.map((violation: AxeResult) => ({
    url: results.url,
    id: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
  }));
}

/** One readable line per violation: `rule (impact): help — targets`. */
export function formatViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}) on ${v.url}: ${v.help} — ${v.targets.slice(0, 5).join(" | ")}${v.targets.length > 5 ? ` (+${v.targets.length - 5} more)` : ""}`);
}

/** Fails the test, listing the violations, when the page as it is now breaks WCAG 2.1 A/AA. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(page, options);
  expect(formatViolations(violations), `axe found WCAG 2.1 A/AA violations on ${page.url()}`).toEqual([]);
}
