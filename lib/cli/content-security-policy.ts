import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of our HTML pages (issue 9 point 10, ADR 0013). A fresh nonce per
 * request is put on the request as well as the response: Next.js reads the nonce from the
 * request's `Content-Security-Policy` header while rendering and puts it on its own scripts and
 * inline styles. The web worker (next-worker.ts) sets it before Next's handler runs, so pages get
 * it without a proxy invocation (≈ 2.5 ms CPU each, see the ADR).
 *
 * - Scripts: only those carrying the nonce, and what they load ('strict-dynamic'); no eval.
 * - Style elements need the nonce; style attributes (React's `style={{…}}`, e.g. the upload
 *   progress bar) are allowed: they cannot run script.
 * - Frames: our own document previews only (the handler console frames /api/documents/…).
 * - No plugins, no <base>, forms post only to us, and no one may frame our pages.
 */
export function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Two years, subdomains too: the portal is only ever served over HTTPS in production. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: what CSP3 asks of a nonce. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Pages get the policy; route handlers (/api/*) set their own (a document download has a
 * `sandbox` policy that a page policy would contradict) and static files need none.
 */
export function isPagePath(pathname: string): boolean {
  return !/^\/(?:api\/|_next\/static\/|_next\/image|favicon\.ico)/.test(pathname);
}

/** The headers the worker adds before Next.js handles the request. */
export function securityHeaders(url: string | undefined, nonce: () => string = newNonce): { request: Record<string, string>; response: Record<string, string> } {
  const response: Record<string, string> = { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY };
  const request: Record<string, string> = {};
  const pathname = (url ?? "/").split("?")[0]!;
  if (isPagePath(pathname)) {
    const policy = pagePolicy(nonce());
    request["content-security-policy"] = policy;
    response["Content-Security-Policy"] = policy;
  }
  return { request, response };
}
