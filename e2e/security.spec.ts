import { test, expect, signIn } from "./support/fixtures";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";

/**
 * A server action posted from another origin is refused with 403 by proxy.ts (Next.js alone
 * answers 500), with or without the victim's session cookie.
 */
test.describe("cross-origin server actions", () => {
  const action = { "next-action": "00deadbeef00deadbeef00deadbeef00deadbeef00", "content-type": "text/plain;charset=UTF-8" };

  test("signed out: 403 from another origin; the same origin is not refused by the proxy", async ({ request, baseURL }) => {
    const foreign = await request.post("/login", { headers: { ...action, origin: "https://evil.example" }, data: "[]", maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    const same = await request.post("/login", { headers: { ...action, origin: baseURL! }, data: "[]", maxRedirects: 0 });
    expect(same.status()).not.toBe(403);
  });

  test("with the member's session cookie: still 403 from another origin", async ({ page }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    const foreign = await page.request.post("/member", { headers: { ...action, origin: "https://evil.example" }, data: "[]", maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
  });
});
