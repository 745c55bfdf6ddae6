import { createServer } from "node:http";
import { allowServerOnlyImports } from "./runtime-setup";

/**
 * The production server `npm start` runs (instead of `next start`): Next.js's own request handler,
 * with the member page cache (lib/server/page-cache, ADR 0011) in front of it. Expects the
 * environment lib/cli/serve.ts prepares (database URL, secrets).
 */
// What `next start` does first: this is the production server, whatever the shell says.
(process.env as Record<string, string>).NODE_ENV = "production";
allowServerOnlyImports();
const { default: next } = await import("next");
const { env } = await import("../env");
const { db } = await import("../db/client");
const { sessionCookieName } = await import("../auth/session-cookie");
const { LOCALE_COOKIE } = await import("../i18n/config");
const { createPageCache } = await import("../server/page-cache/page-cache");

const config = env();
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port: config.PORT });
await app.prepare();
const render = app.getRequestHandler();

const pageCache =
  config.PAGE_CACHE_MB > 0 && config.AUTH_SECRET
    ? createPageCache({
        db: db(),
        maxBytes: config.PAGE_CACHE_MB * 1024 * 1024,
        ttlMs: config.PAGE_CACHE_TTL_SECONDS * 1000,
        cookieName: sessionCookieName(config),
        localeCookieName: LOCALE_COOKIE,
        secret: config.AUTH_SECRET,
      })
    : null;

const server = createServer((req, res) => {
  const handled = pageCache ? pageCache.handle(req, res, render) : render(req, res);
  handled.catch((error: unknown) => {
    console.error("[server]", error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    }
  });
});
server.listen(config.PORT, hostname, () => {
  console.log(`▲ Next.js ready on http://${hostname}:${config.PORT}${pageCache ? ` (page cache ${config.PAGE_CACHE_MB} MB)` : " (page cache off)"}`);
});

async function stop(): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
