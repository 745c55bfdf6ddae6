import { describe, expect, it } from "vitest";
import { isPagePath, newNonce, pagePolicy, securityHeaders, STRICT_TRANSPORT_SECURITY } from "./content-security-policy";

describe("pagePolicy", () => {
  const policy = pagePolicy("abc123==");
  const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

  it.each([
    ["script-src", ["'self'", "'nonce-abc123=='", "'strict-dynamic'"]],
    ["style-src", ["'self'", "'nonce-abc123=='"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["frame-src", ["'self'"]],
  ])("%s is %j", (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it("allows neither eval nor inline script", () => {
    expect(directives.get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("isPagePath", () => {
  it.each([
    ["/", true],
    ["/member/claims", true],
    ["/login", true],
    ["/api/documents/1", false],
    ["/api/health", false],
    ["/_next/static/chunks/a.js", false],
    ["/_next/image", false],
    ["/favicon.ico", false],
    ["/apiary", true],
  ])("%s → %s", (path, expected) => {
    expect(isPagePath(path)).toBe(expected);
  });
});

describe("securityHeaders", () => {
  it("puts the same policy with the nonce on request and response of a page, and HSTS on every response", () => {
    const page = securityHeaders("/member?x=1", () => "N0nce");
    expect(page.request["content-security-policy"]).toContain("'nonce-N0nce'");
    expect(page.response["Content-Security-Policy"]).toBe(page.request["content-security-policy"]);
    expect(page.response["Strict-Transport-Security"]).toBe(STRICT_TRANSPORT_SECURITY);
    const api = securityHeaders("/api/documents/1?inline=1");
    expect(api.request).toEqual({});
    expect(api.response).toEqual({ "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY });
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});
