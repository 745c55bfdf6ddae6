import { describe, expect, it } from "vitest";
import { sessionCookieName } from "./session-cookie";

describe("sessionCookieName", () => {
  it.each([
    [{ SECURE_COOKIES: undefined, NODE_ENV: "production" as const }, "__Secure-portal.session"],
    [{ SECURE_COOKIES: undefined, NODE_ENV: "development" as const }, "portal.session"],
    [{ SECURE_COOKIES: "false" as const, NODE_ENV: "production" as const }, "portal.session"],
    [{ SECURE_COOKIES: "true" as const, NODE_ENV: "development" as const }, "__Secure-portal.session"],
  ])("%o → %s", (config, expected) => {
    expect(sessionCookieName(config as Parameters<typeof sessionCookieName>[0])).toBe(expected);
  });
});

describe("proxy matcher", () => {
  it("skips the proxy exactly when either session cookie name is present", async () => {
    const { config } = await import("../../proxy");
    const missing = (config.matcher[0]!.missing ?? []).map((condition) => condition.key).sort();
    const names = [sessionCookieName({ SECURE_COOKIES: "true" } as never), sessionCookieName({ SECURE_COOKIES: "false" } as never)].sort();
    expect(missing).toEqual(names);
  });
});
