import { NextResponse, type NextRequest } from "next/server";

/**
 * 1. Passes the requested path on so a signed-out visitor can be sent back after signing in.
 * 2. Refuses a server-action POST from another origin with 403 and a log line (Next.js itself
 *    answers those with a 500, which hides an attack among server errors).
 * Authorisation is NOT done here: every page, action and route handler checks for itself.
 *
 * It runs only for requests without a session cookie, or carrying a server action: a proxy
 * invocation costs ~2.5 ms of CPU (measured, ADR 0012), and a signed-in member's pages never need
 * the path. Uploads bypass it too: Next buffers at most 10 MB of a request body through the proxy.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !sameOrigin(request)) {
    console.warn(`[security] refused a cross-origin server action: ${request.headers.get("origin")} → ${request.nextUrl.pathname}`);
    return new NextResponse(null, { status: 403 });
  }
  const headers = new Headers(request.headers);
  headers.set("x-portal-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

/** As Next.js decides it: the Origin's host against the (forwarded) host; no Origin is not cross-origin. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

// Both names of lib/auth/session-cookie.ts (the __Secure- one where cookies are Secure). Next
// reads the matcher statically: literals only, no constants.
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/).*)",
      missing: [
        { type: "cookie", key: "portal.session" },
        { type: "cookie", key: "__Secure-portal.session" },
      ],
    },
    { source: "/((?!_next/static|_next/image|favicon.ico|api/).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
