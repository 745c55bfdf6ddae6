import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path on so a signed-out visitor can be sent back after signing in.
 * Uploads bypass it: Next buffers at most 10 MB of a request body through the proxy.
 * Authorisation is NOT done here: every page, action and route handler checks for itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-portal-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/documents).*)"],
};
