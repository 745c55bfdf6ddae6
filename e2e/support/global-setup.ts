import { E2E_MAILBOX_DIR, E2E_SMTP_PORT } from "./constants";
import { startMailCatcher } from "./mailbox";

/**
 * Runs once in the Playwright runner, after the webServer (serve-fresh.ts) is up.
 * Starts the SMTP catcher the app sends to; global-teardown.ts stops it.
 */
export default async function globalSetup(): Promise<void> {
  await startMailCatcher(E2E_SMTP_PORT, E2E_MAILBOX_DIR);
  console.log(`[e2e] mail catcher on 127.0.0.1:${E2E_SMTP_PORT} → ${E2E_MAILBOX_DIR}`);
}
