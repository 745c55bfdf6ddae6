import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path on so a signed-out visitor can be sent back after signing in.
 * Authorisation is NOT done here: every page, action and route handler checks for itself.
 *
 * It runs only for requests without a session cookie: a proxy invocation costs ~2.5 ms of CPU
 * (measured, ADR 0012), and a signed-in member's pages never need the path. A request whose
 * cookie names an ended session is sent to /login without a return path. Uploads bypass it too:
 * Next buffers at most 10 MB of a request body through the proxy.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-portal-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// Both names of lib/auth/session-cookie.ts (the __Secure- one where cookies are Secure); the
// matcher must be static, so they are written out here.
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/).*)",
      missing: [
        { type: "cookie", key: "portal.session" },
        { type: "cookie", key: "__Secure-portal.session" },
      ],
    },
  ],
};
