import { createServer } from "node:http";
import { allowServerOnlyImports } from "./runtime-setup";

/**
 * The production server `npm start` runs (instead of `next start`): Next.js's own request handler
 * in a plain HTTP server. Expects the environment lib/cli/serve.ts prepares (database URL, secrets).
 */
// What `next start` does first: this is the production server, whatever the shell says.
(process.env as Record<string, string>).NODE_ENV = "production";
allowServerOnlyImports();
const { default: next } = await import("next");
const { env } = await import("../env");

const config = env();
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port: config.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error("[server]", error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    }
  });
});
server.listen(config.PORT, hostname, () => {
  console.log(`▲ Next.js ready on http://${hostname}:${config.PORT}`);
});

async function stop(): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
