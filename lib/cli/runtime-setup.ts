import crypto from "node:crypto";
import fs from "node:fs";
import { register } from "node:module";
import path from "node:path";

let hookRegistered = false;

/** Lets CLI processes import server services guarded by `server-only` (see server-only-hook.mjs). */
export function allowServerOnlyImports(): void {
  if (hookRegistered) return;
  hookRegistered = true;
  register("./server-only-hook.mjs", import.meta.url);
}

/** `.env` first (if present), then generated local defaults, so every CLI sees one configuration. */
export function loadLocalEnvironment(): void {
  allowServerOnlyImports();
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.AUTH_TRUST_HOST ??= "true";
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  process.env.DATA_DIR = dataDir;
  fs.mkdirSync(dataDir, { recursive: true });
  if (!process.env.AUTH_SECRET) {
    // A demo install must work without configuration; the secret survives restarts so sessions do too.
    const secretFile = path.join(dataDir, "auth-secret");
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    process.env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
}
