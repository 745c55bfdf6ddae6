import { createServer } from "node:http";
import { allowServerOnlyImports } from "./runtime-setup";

/**
 * One production web process (`npm start` forks one per core, lib/cli/web-cluster.ts): Next.js's
 * own request handler in a plain HTTP server, adding a `Server-Timing` header (database, session
 * check, render) to every response, and the page Content-Security-Policy and HSTS. Workers share the port through Node's cluster module.
 * Expects the environment lib/cli/serve.ts prepares (database URL, secrets).
 */
// What `next start` does first: this is the production server, whatever the shell says.
(process.env as Record<string, string>).NODE_ENV = "production";
allowServerOnlyImports();
const { default: next } = await import("next");
const { env } = await import("../env");
const { withRequestTimings, serverTimingHeader } = await import("../server/timing/server-timing");
const { securityHeaders } = await import("./content-security-policy");

const config = env();
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port: config.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  // The peer as the socket says, for lib/auth/request-meta.ts; overwrites any client-sent value.
  req.headers["x-portal-peer"] = req.socket.remoteAddress ?? "";
  // The page CSP with a fresh nonce (Next.js reads it from the request) and HSTS; here rather
  // than in proxy.ts, which would cost ≈ 1.8 ms of CPU per page (ADR 0013).
  const security = securityHeaders(req.url);
  Object.assign(req.headers, security.request);
  for (const [name, value] of Object.entries(security.response)) res.setHeader(name, value);
  withRequestTimings(() => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      const value = serverTimingHeader();
      if (value && !res.headersSent) res.setHeader("Server-Timing", value);
      return writeHead.apply(this, args);
    } as typeof res.writeHead;
    handle(req, res).catch((error: unknown) => {
      console.error("[server]", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
});
server.keepAliveTimeout = 65_000;
server.on("error", (error) => {
  // A port already taken (or any listen failure) must end the process, not leave it serving nothing.
  console.error("[server]", error);
  process.exit(1);
});
server.listen(config.PORT, hostname);

async function stop(): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
