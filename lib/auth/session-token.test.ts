import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { sessionCookieName } from "./session-cookie";
import { sessionIdFromCookie } from "./session-token";

const SECRET = "test-secret-test-secret-test-secret-0123";
const saved = { ...process.env };

beforeEach(() => {
  Object.assign(process.env, { AUTH_SECRET: SECRET, SECURE_COOKIES: "false" });
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const cookie = (token: Record<string, unknown>, maxAge = 3600, secret = SECRET) => encode({ token, secret, salt: sessionCookieName(), maxAge });

describe("sessionIdFromCookie", () => {
  it.each([
    ["no cookie", async () => undefined, null],
    ["garbage", async () => "not-a-jwt", null],
    ["another secret", () => cookie({ sid: "0199a0a0-0000-7000-8000-000000000001" }, 3600, "another-secret-another-secret-another-1"), null],
    ["no sid", () => cookie({ sub: "x" }), null],
    ["expired", () => cookie({ sid: "0199a0a0-0000-7000-8000-000000000002" }, -10), null],
    ["valid", () => cookie({ sid: "0199a0a0-0000-7000-8000-000000000003" }), "0199a0a0-0000-7000-8000-000000000003"],
  ])("%s → %s", async (_name, make, expected) => {
    expect(await sessionIdFromCookie(await make())).toBe(expected);
  });

  it("answers a known cookie value again without the secret (decoded once), and never a cookie it could not decode", async () => {
    const value = await cookie({ sid: "0199a0a0-0000-7000-8000-000000000004" });
    expect(await sessionIdFromCookie(value)).toBe("0199a0a0-0000-7000-8000-000000000004");
    delete process.env.AUTH_SECRET;
    resetEnvCache();
    expect(await sessionIdFromCookie(value)).toBe("0199a0a0-0000-7000-8000-000000000004");
    expect(await sessionIdFromCookie(await cookie({ sid: "0199a0a0-0000-7000-8000-000000000005" }))).toBeNull();
  });
});
