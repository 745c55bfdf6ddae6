import path from "node:path";

/** Shared by playwright.config.ts, the webServer wrapper and the mail catcher. */
export const E2E_PORT = 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_PG_PORT = 54331;
export const E2E_SMTP_PORT = 2526;
const repoRoot = path.resolve(import.meta.dirname, "../..");
export const E2E_DATA_DIR = path.join(repoRoot, ".data/e2e");
export const E2E_MAILBOX_DIR = path.join(E2E_DATA_DIR, "mailbox");
