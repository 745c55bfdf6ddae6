import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { chromium, type Page, type Request, type Response } from "@playwright/test";
import { fillGpClaim } from "../../e2e/support/gp-claim";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/demo-data";
import { percentile } from "./bench-support";
import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run bench:claim-submit` (issue 14 point 10): how long a member waits from the click on
 * "Send krav" to the claim page, in real Chromium against the app as it runs in production.
 * One member (Mette) submits BENCH_SUBMITS claims one after another (one GP line with an invoice);
 * each is timed from the click until the claim page's heading shows. Printed: p50/p95/max of that,
 * and of its two requests (the submit server action, the claim page's RSC request) with their
 * Server-Timing. Target: p95 < 1 s.
 *
 * Without BENCH_URL it starts `lib/cli/serve.ts start` on BENCH_PORT (3998) with its own data dir
 * (.data/bench-submit, seeded on first use), so the submitted claims never land in the dev demo.
 *   BENCH_URL=http://localhost:3000   measure a running app instead (its demo data gets the claims)
 *   BENCH_SUBMITS=20 BENCH_WARMUP=2
 */
loadLocalEnvironment();

const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const TARGET_P95_MS = 1000;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

let server: ChildProcess | undefined;

async function startServer(): Promise<string> {
  const port = process.env.BENCH_PORT ?? "3998";
  console.log(`Starting the app in production mode on port ${port} (lib/cli/serve.ts start, data in .data/bench-submit)…`);
  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "lib/cli/serve.ts", "start"], {
    env: { DATA_DIR: path.resolve(".data/bench-submit"), EMBEDDED_PG_PORT: "54398", ...process.env, PORT: port, NODE_ENV: "production", APP_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before answering.`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return url;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 15 minutes.`);
}

async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

interface Sample {
  totalMs: number;
  actionMs: number;
  pageMs: number;
  actionTiming: string;
  pageTiming: string;
}

/** Which of the submit's requests this is: the server action, the claim page (RSC or document), or neither. */
function kindOf(method: string, url: string, headers: Record<string, string>): "action" | "page" | null {
  if (method === "POST" && headers["next-action"]) return "action";
  return method === "GET" && /\/member\/claims\/[0-9a-f-]{36}(\?|$)/.test(url) ? "page" : null;
}

/** One submit: click → the claim page's heading, with the action's and the page request's times. */
async function submitOnce(page: Page): Promise<Sample> {
  await fillGpClaim(page);
  const seen: Record<"action" | "page", { start?: number; end?: number; timing: string }> = { action: { timing: "" }, page: { timing: "" } };
  const onRequest = (request: Request) => {
    const kind = kindOf(request.method(), request.url(), request.headers());
    if (kind && seen[kind].start === undefined) seen[kind].start = performance.now();
  };
  const onResponse = (response: Response) => {
    const request = response.request();
    const kind = kindOf(request.method(), request.url(), request.headers());
    if (kind && seen[kind].end === undefined) {
      seen[kind].end = performance.now();
      seen[kind].timing = response.headers()["server-timing"] ?? "";
    }
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  const started = performance.now();
  await page.getByRole("button", { name: "Send krav" }).click();
  await page.waitForURL(/\/member\/claims\/[0-9a-f-]{36}\?submitted=1$/, { timeout: 30_000 });
  await page.getByRole("heading", { level: 1, name: /^Skade C-/ }).waitFor({ timeout: 30_000 });
  const totalMs = performance.now() - started;
  page.off("request", onRequest);
  page.off("response", onResponse);
  const ms = (kind: "action" | "page") => (seen[kind].end ?? Number.NaN) - (seen[kind].start ?? Number.NaN);
  return { totalMs, actionMs: ms("action"), pageMs: ms("page"), actionTiming: seen.action.timing, pageTiming: seen.page.timing };
}

function summary(name: string, values: number[]): string {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const ms = (v: number) => `${Math.round(v)} ms`.padStart(8);
  return `${name.padEnd(34)} p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   max ${ms(sorted.at(-1) ?? Number.NaN)}`;
}

let exitCode = 0;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const baseURL = process.env.BENCH_URL?.replace(/\/$/, "") ?? (await startServer());
  const context = await browser.newContext({ baseURL, locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(DEMO_USERS.mainInsured.email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));

  console.log(`\n${DEMO_USERS.mainInsured.email} submits ${SUBMITS} claims (after ${WARMUP} warm-up submits), one at a time, in Chromium against ${baseURL}.`);
  for (let i = 0; i < WARMUP; i++) await submitOnce(page);
  const samples: Sample[] = [];
  for (let i = 0; i < SUBMITS; i++) {
    const sample = await submitOnce(page);
    samples.push(sample);
    console.log(`  #${String(i + 1).padStart(2)} ${Math.round(sample.totalMs)} ms (action ${Math.round(sample.actionMs)} ms [${sample.actionTiming}], page ${Math.round(sample.pageMs)} ms [${sample.pageTiming}])`);
  }
  console.log("");
  console.log(summary("click → claim page", samples.map((s) => s.totalMs)));
  console.log(summary("  submit action (request)", samples.map((s) => s.actionMs)));
  console.log(summary("  claim page (request)", samples.map((s) => s.pageMs)));
  const p95 = percentile(samples.map((s) => s.totalMs).sort((a, b) => a - b), 95);
  console.log(`Target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? "met" : "NOT met"} (${Math.round(p95)} ms).`);
  if (!(p95 < TARGET_P95_MS)) exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  exitCode = 1;
} finally {
  await browser.close();
  await stopServer();
}
process.exit(exitCode);
