/**
 * The client's address for throttling and audit. The first X-Forwarded-For hop is only as
 * trustworthy as the proxy in front of the app; behind none, Next.js sets it from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
