import { describe, expect, it } from "vitest";
import { cacheablePage } from "./cacheable-page";

const CLAIM = "01a1fd54-68d8-769e-8ad9-2b2ee2d87d07";

describe("cacheablePage", () => {
  it.each([
    ["the claims list", "GET", "/member/claims", {}, true],
    ["the list with filters", "GET", "/member/claims?status=DECIDED&person=x", {}, true],
    ["a claim's detail", "GET", `/member/claims/${CLAIM}`, {}, true],
    ["a detail after submitting", "GET", `/member/claims/${CLAIM}?submitted=1`, {}, true],
    ["a POST (server action)", "POST", "/member/claims", {}, false],
    ["a HEAD", "HEAD", "/member/claims", {}, false],
    ["a client navigation (RSC)", "GET", "/member/claims", { rsc: "1" }, false],
    ["a router prefetch", "GET", "/member/claims", { "next-router-prefetch": "1" }, false],
    ["a segment prefetch", "GET", "/member/claims", { "next-router-segment-prefetch": "/_tree" }, false],
    ["a server action header", "GET", "/member/claims", { "next-action": "abc" }, false],
    ["a hard reload (no-cache)", "GET", "/member/claims", { "cache-control": "no-cache" }, false],
    ["a plain reload (max-age=0)", "GET", "/member/claims", { "cache-control": "max-age=0" }, true],
    ["an RSC cache-busting query", "GET", "/member/claims?_rsc=1x2y", {}, false],
    ["the new-claim form", "GET", "/member/claims/new", {}, false],
    ["a draft being edited", "GET", `/member/claims/${CLAIM}/edit`, {}, false],
    ["a settlement note", "GET", `/member/claims/${CLAIM}/settlement`, {}, false],
    ["a malformed claim id", "GET", "/member/claims/not-a-uuid", {}, false],
    ["the member overview", "GET", "/member", {}, false],
    ["the handler queue", "GET", "/handler", {}, false],
    ["a document download", "GET", `/api/documents/${CLAIM}`, {}, false],
  ])("%s", (_name, method, url, headers, expected) => {
    expect(cacheablePage({ method, url, headers }, "da") !== null).toBe(expected);
  });

  it.each([
    ["locale", { "accept-encoding": "gzip" }, "en", { "accept-encoding": "gzip" }, "da"],
    ["encoding", { "accept-encoding": "gzip" }, "da", {}, "da"],
    ["locale cookie absent vs set", {}, undefined, {}, "da"],
  ])("keeps responses apart by %s", (_name, headersA, localeA, headersB, localeB) => {
    const a = cacheablePage({ method: "GET", url: "/member/claims", headers: headersA }, localeA);
    const b = cacheablePage({ method: "GET", url: "/member/claims", headers: headersB }, localeB);
    expect(a?.variant).not.toBe(b?.variant);
  });

  it("keeps the query in the URL it keys on", () => {
    expect(cacheablePage({ method: "GET", url: "/member/claims?page=2", headers: {} }, "da")?.url).toBe("/member/claims?page=2");
  });
});
