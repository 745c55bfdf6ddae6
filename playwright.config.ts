import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_PG_PORT, E2E_PORT, E2E_SMTP_PORT } from "./e2e/support/constants";

/**
 * End-to-end tests against the real app, started the way production starts it
 * (`tsx lib/cli/serve.ts start`: embedded PostgreSQL, migrations, demo seed, `next build` when
 * stale, `next start`), on its own port, data dir and a database that is fresh every run.
 * Mails go to the catcher in e2e/support/global-setup.ts (see e2e/support/mailbox.ts).
 */
const baseURL = E2E_BASE_URL;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  globalSetup: "./e2e/support/global-setup.ts",
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } }],
  webServer: {
    // Deletes the e2e database, then runs lib/cli/serve.ts start (see the file).
    command: "npx tsx e2e/support/serve-fresh.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // serve.ts stops Next.js and PostgreSQL cleanly on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(E2E_PORT),
      DATA_DIR: E2E_DATA_DIR, // .data/e2e
      EMBEDDED_PG_PORT: String(E2E_PG_PORT),
      APP_URL: baseURL,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(E2E_SMTP_PORT),
      SMTP_SECURE: "false",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "5",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
