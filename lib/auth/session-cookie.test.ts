import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { createSessionCookieReader, sessionCookieName } from "./session-cookie";

const SECRET = "unit-test-secret-for-session-cookies-0123456789";
const NAME = "portal.session";
const SID = "0195f0c2-7d2b-7000-8000-000000000001";

const token = (payload: Record<string, unknown>, maxAge = 3600, secret = SECRET) => encode({ token: payload, secret, salt: NAME, maxAge });

describe("createSessionCookieReader", () => {
  const read = createSessionCookieReader({ cookieName: NAME, secret: SECRET, localeCookieName: "NEXT_LOCALE" });

  it.each<[string, () => Promise<string | undefined>, string | null]>([
    ["a valid session cookie", async () => `${NAME}=${await token({ sid: SID })}`, SID],
    ["one among other cookies", async () => `a=b; ${NAME}=${await token({ sid: SID })}; NEXT_LOCALE=en`, SID],
    ["no cookie header", async () => undefined, null],
    ["no session cookie", async () => "NEXT_LOCALE=en", null],
    ["a cookie that is not a token", async () => `${NAME}=garbage`, null],
    ["a token made with another secret", async () => `${NAME}=${await token({ sid: SID }, 3600, "another-secret-another-secret-another-secret")}`, null],
    ["a token without sid", async () => `${NAME}=${await token({ sub: "x" })}`, null],
    ["an expired token", async () => `${NAME}=${await token({ sid: SID }, -10)}`, null],
    ["the same cookie under another name", async () => `__Secure-${NAME}=${await token({ sid: SID })}`, null],
  ])("%s", async (_name, header, expected) => {
    expect((await read(await header())).sessionId).toBe(expected);
  });

  it("gives the locale cookie too", async () => {
    expect(await read(`NEXT_LOCALE=en; ${NAME}=${await token({ sid: SID })}`)).toEqual({ sessionId: SID, locale: "en" });
  });

  it("a remembered token still ends at its expiry", async () => {
    const header = `${NAME}=${await token({ sid: SID }, 60)}`;
    expect((await read(header)).sessionId).toBe(SID);
    expect((await read(header, Date.now() + 61_000)).sessionId).toBeNull();
  });
});

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
