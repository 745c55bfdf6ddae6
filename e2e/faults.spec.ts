import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { withDatabase } from "./authz/database";
import { startIsolatedServer, waitUntilOk, webWorkerPids, type IsolatedServer } from "./support/isolated-server";
import { expect, signIn, test } from "./support/fixtures";
import { fillGpClaim } from "./support/gp-claim";

/**
 * Fault tests (issue 9) on a private instance (port 3202, PostgreSQL 54342, one web worker):
 * the web process killed with SIGKILL in the middle of a claim submit and an upload, and the
 * embedded PostgreSQL killed with SIGKILL under npm start. The app must come back by itself,
 * with nothing half-written.
 */
test.describe.configure({ mode: "serial" });
test.use({ autoAxe: false }); // the subject is recovery, not the pages (the claim form is axe-checked in its own specs)

let server: IsolatedServer;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startIsolatedServer({ name: "faults", port: 3202, pgPort: 54342 });
});
test.afterAll(async () => server?.stop());


/** An upload that sends 1 MB and then waits: a `.part` file stays open on the server. */
function stalledUpload(cookie: string): http.ClientRequest {
  const request = http.request(new URL("/api/documents", server.baseURL), { method: "POST", headers: { cookie, "x-file-name": "stalled.pdf", "content-type": "application/octet-stream" } });
  request.on("error", () => {}); // the server dies under it
  request.write(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(1024 * 1024, 0x20)]));
  return request;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

test("kill -9 of the web process mid-submit: no partial claim, no orphan file, no .part left, back by itself within 15 s", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  const since = new Date();
  await fillGpClaim(page, "Fault test");

  const staging = path.join(server.dataDir, "documents", "tmp");
  const upload = stalledUpload((await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; "));
  await expect.poll(() => filesUnder(staging).filter((f) => f.endsWith(".part")).length, { timeout: 10_000 }).toBe(1);

  const [worker] = webWorkerPids(server);
  expect(worker).toBeTruthy();
  const submitting = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Send krav" }).click();
  await submitting;
  await new Promise((resolve) => setTimeout(resolve, 40)); // into the server's work on it
  process.kill(worker!, "SIGKILL");
  const killedAt = Date.now();
  upload.destroy();

  const backMs = await waitUntilOk(`${server.baseURL}/api/health`, 15_000, (r) => r.ok && !webWorkerPids(server).includes(worker!));
  const recovery = (Date.now() - killedAt) / 1000;
  console.log(`[faults] web process killed mid-submit; answering again after ${recovery.toFixed(1)} s (${backMs} ms of polling)`);
  expect(recovery).toBeLessThan(15);
  expect(webWorkerPids(server)).toHaveLength(1);

  await withDatabase(server.pgPort, async (client) => {
    const claims = (await client.query<{ id: string; status: string; lines: number; received: number; mails: number; documents: number }>(
      `SELECT c.id, c.status::text AS status,
        (SELECT count(*)::int FROM "ClaimLine" l WHERE l."claimId" = c.id) AS lines,
        (SELECT count(*)::int FROM "ClaimEvent" e WHERE e."claimId" = c.id AND e.kind::text = 'RECEIVED') AS received,
        (SELECT count(*)::int FROM "OutboundEmail" m WHERE m."createdAt" >= $1) AS mails,
        (SELECT count(*)::int FROM "Document" d WHERE d."claimId" = c.id) AS documents
       FROM "Claim" c WHERE c."createdAt" >= $1 AND c.status::text <> 'DRAFT'`,
      [since],
    )).rows;
    console.log(`[faults] after the kill: ${claims.length === 0 ? "no claim written (killed before commit)" : `claim written whole: ${JSON.stringify(claims)}`}`);
    expect(claims.length).toBeLessThanOrEqual(1);
    for (const claim of claims) {
      expect(claim.lines).toBeGreaterThan(0);
      expect(claim.received).toBe(1);
      expect(claim.documents).toBe(1);
      expect(claim.mails).toBeGreaterThan(0);
    }
    const keys = new Set((await client.query<{ key: string }>(`SELECT "storageKey" AS key FROM "Document"`)).rows.map((row) => row.key));
    const stored = filesUnder(path.join(server.dataDir, "documents")).filter((file) => !file.startsWith(staging + path.sep));
    expect(stored.filter((file) => !keys.has(path.basename(file))), "files without a Document row").toEqual([]);
  });
  expect(filesUnder(staging).filter((f) => f.endsWith(".part")), ".part files of the killed process").toEqual([]);
  expect(server.output()).toMatch(/removed 1 unfinished upload\(s\) of worker pid/);

  // And the member can go on: the list answers.
  expect((await page.request.get("/member/claims")).status()).toBe(200);
  await context.close();
});

/** Whether PostgreSQL on `port` takes a connection and answers a query. */
async function postgresAnswers(port: number): Promise<boolean> {
  try {
    return await withDatabase(port, async (client) => (await client.query("SELECT 1")).rowCount === 1);
  } catch {
    return false;
  }
}

test("PostgreSQL killed with SIGKILL: npm start restarts it, and a signed-in page answers within 5 s of it accepting connections", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
  expect((await page.request.get("/member/claims")).status()).toBe(200);

  const pidFile = path.join(server.dataDir, "postgres", "postmaster.pid");
  const postmaster = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  expect(postmaster).toBeGreaterThan(0);
  process.kill(postmaster, "SIGKILL");
  const killedAt = Date.now();
  await expect.poll(() => postgresAnswers(server.pgPort), { timeout: 5_000 }).toBe(false);

  await expect.poll(() => postgresAnswers(server.pgPort), { timeout: 60_000, intervals: [100] }).toBe(true);
  const acceptingAt = Date.now();
  // Signed in: the request carries the session cookie, so the page reads the session and the claims again.
  await expect.poll(async () => (await page.request.get("/member/claims", { timeout: 2_000 }).catch(() => undefined))?.status(), { timeout: 5_000, intervals: [100] }).toBe(200);
  const pageMs = Date.now() - acceptingAt;
  const newPostmaster = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  console.log(`[faults] PostgreSQL killed; restarted by npm start after ${((acceptingAt - killedAt) / 1000).toFixed(1)} s; a signed-in page answered ${(pageMs / 1000).toFixed(1)} s after that`);
  expect(newPostmaster).not.toBe(postmaster);
  expect(server.output()).toMatch(/\[db\] PostgreSQL restarted/);
  await context.close();
});
