import { describe, expect, it } from "vitest";
import { clientIp, normaliseIp, parseTrustedProxies } from "./request-meta";

const NONE = parseTrustedProxies("");
const PROXIES = parseTrustedProxies("10.0.0.1, 10.1.0.0/16, fd00::/8");

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe("clientIp", () => {
  it.each([
    // [case, trusted, headers, expected]
    ["no trusted proxies: the stamped peer, X-Forwarded-For ignored", NONE, { "x-portal-peer": "203.0.113.5", "x-forwarded-for": "198.51.100.1" }, "203.0.113.5"],
    ["no trusted proxies: X-Real-IP ignored", NONE, { "x-portal-peer": "203.0.113.5", "x-real-ip": "198.51.100.1" }, "203.0.113.5"],
    ["untrusted peer: its X-Forwarded-For ignored", PROXIES, { "x-portal-peer": "203.0.113.5", "x-forwarded-for": "198.51.100.1" }, "203.0.113.5"],
    ["trusted peer: its single hop", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "198.51.100.1" }, "198.51.100.1"],
    ["trusted peer: the right-most untrusted of a chain", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "1.1.1.1, 198.51.100.1, 10.1.2.3" }, "198.51.100.1"],
    ["trusted peer: a client's spoofed left entries do not win", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "10.1.0.9, 192.0.2.66" }, "192.0.2.66"],
    ["trusted peer: all hops trusted gives the furthest", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "10.1.0.7, 10.1.0.8" }, "10.1.0.7"],
    ["trusted peer without X-Forwarded-For is the client", PROXIES, { "x-portal-peer": "10.0.0.1" }, "10.0.0.1"],
    ["trusted peer: garbage stops at the nearest trusted hop", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "198.51.100.1, not-an-ip, 10.1.0.8" }, "10.1.0.8"],
    ["trusted peer: an empty entry is garbage", PROXIES, { "x-portal-peer": "10.0.0.1", "x-forwarded-for": "198.51.100.1," }, "10.0.0.1"],
    ["IPv6 peer, canonicalised", NONE, { "x-portal-peer": "2001:DB8:0:0::1" }, "2001:db8::1"],
    ["IPv4-mapped IPv6 peer as IPv4", NONE, { "x-portal-peer": "::ffff:203.0.113.5" }, "203.0.113.5"],
    ["trusted IPv6 peer, IPv6 client with brackets and port", PROXIES, { "x-portal-peer": "fd00::1", "x-forwarded-for": "[2001:db8::7]:443" }, "2001:db8::7"],
    ["trusted peer, IPv4 client with port", PROXIES, { "x-portal-peer": "::ffff:10.0.0.1", "x-forwarded-for": "198.51.100.1:5678" }, "198.51.100.1"],
    ["garbage peer", NONE, { "x-portal-peer": "evil", "x-forwarded-for": "198.51.100.1" }, "unknown"],
    ["no stamp (next start): the last X-Forwarded-For entry is the peer Next.js recorded", NONE, { "x-forwarded-for": "198.51.100.1, 203.0.113.5" }, "203.0.113.5"],
    ["no stamp, trusted last entry: the entry before it", PROXIES, { "x-forwarded-for": "198.51.100.1, 10.0.0.1" }, "198.51.100.1"],
    ["nothing at all", NONE, {}, "unknown"],
  ])("%s", (_case, trusted, values, expected) => {
    expect(clientIp(headers(values), trusted)).toBe(expected);
  });

  it("gives the same answer however a client rotates X-Forwarded-For when no proxy is trusted", () => {
    const seen = new Set(["1.2.3.4", "5.6.7.8, 9.9.9.9", "garbage", ""].map((xff) => clientIp(headers({ "x-portal-peer": "203.0.113.5", "x-forwarded-for": xff }), NONE)));
    expect([...seen]).toEqual(["203.0.113.5"]);
  });
});

describe("normaliseIp", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    [" 10.0.0.1 ", "10.0.0.1"],
    ["::1", "::1"],
    ["[::1]", "::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::FFFF:a00:1", "10.0.0.1"],
    ["999.1.1.1", undefined],
    ["10.0.0", undefined],
    ["[::1", undefined],
    ["", undefined],
    [null, undefined],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseIp(raw)).toBe(expected);
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.0/33", "::/129", "10.0.0.1/8/1", "proxy.local", "10.0.0.0/x"])("refuses %s", (list) => {
    expect(() => parseTrustedProxies(list)).toThrow(/TRUSTED_PROXIES/);
  });

  it("matches addresses and ranges of both families", () => {
    const block = parseTrustedProxies("192.0.2.1,198.51.100.0/24,2001:db8::/32");
    expect(block.check("192.0.2.1", "ipv4")).toBe(true);
    expect(block.check("192.0.2.2", "ipv4")).toBe(false);
    expect(block.check("198.51.100.200", "ipv4")).toBe(true);
    expect(block.check("2001:db8:1::1", "ipv6")).toBe(true);
  });
});
