import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/demo-data";
import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run lighthouse:member`: Lighthouse (mobile, its default throttling) on the member home and
 * the benefits page, signed in as the demo main insured, against the app as it runs in production
 * (`lib/cli/serve.ts start`, or LIGHTHOUSE_URL for a running app). Prints the performance and
 * accessibility scores per page against the targets (≥ 90 and 100) and exits 1 below them.
 *
 *   LIGHTHOUSE_URL=http://localhost:3000   use a running app with the demo data
 *   LIGHTHOUSE_PORT=3998 CHROME_PATH=/usr/bin/chromium LIGHTHOUSE_PAGES=/member,/member/cover
 *   LIGHTHOUSE_RUNS=5   runs per page; the performance score is their median (the machine is shared)
 *   LIGHTHOUSE_REPORT_DIR=/tmp/lh   also write each run's report and trace (JSON) there, to profile it
 */
loadLocalEnvironment();

const PAGES = (process.env.LIGHTHOUSE_PAGES ?? "/member,/member/cover").split(",");
const TARGET = { performance: 90, accessibility: 100 };
/** Lighthouse's own advice for a noisy machine: several runs, the median. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DEBUG_PORT = 9333 + Math.floor(Math.random() * 500);
const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

let server: ChildProcess | undefined;

async function startServer(): Promise<string> {
  const port = process.env.LIGHTHOUSE_PORT ?? "3998";
  console.log(`Starting the app in production mode on port ${port} (lib/cli/serve.ts start)…`);
  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "lib/cli/serve.ts", "start"], {
    env: { ...process.env, PORT: port, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode}.`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false)) return url;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not answer within 15 minutes.");
}

const scoreOf = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** LIGHTHOUSE_REPORT_DIR: each run's report and trace, to profile what the page costs. */
function writeReport(pathname: string, run: number, result: { lhr: unknown; artifacts: unknown }) {
  const dir = process.env.LIGHTHOUSE_REPORT_DIR!;
  fs.mkdirSync(dir, { recursive: true });
  const name = `${pathname.replace(/\W+/g, "_")}.${run + 1}`;
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(result.lhr));
  fs.writeFileSync(path.join(dir, `${name}.trace.json`), JSON.stringify((result.artifacts as { Trace?: unknown }).Trace ?? null));
}

let exitCode = 0;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-member-"));
// One persistent (default) browser context: the cookie of the sign-in below is the one
// Lighthouse's own tabs use, as it connects to the same Chromium over the debugging port.
const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROME, headless: true, args: [...CHROME_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });
try {
  const baseUrl = process.env.LIGHTHOUSE_URL?.replace(/\/$/, "") ?? (await startServer());
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^E-mail/).fill(DEMO_USERS.mainInsured.email);
  await page.getByLabel(/^Adgangskode|^Password/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(Log ind|Sign in)$/ }).click();
  await page.waitForURL(/\/member$/);

  const rows: string[] = [];
  for (const pathname of PAGES) {
    const runs: { performance: number; accessibility: number; tbt: number; lcp: number }[] = [];
    let failedA11y: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${baseUrl}${pathname}`, { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${pathname}`);
      if (result.lhr.finalDisplayedUrl.includes("/login")) throw new Error(`${pathname} redirected to the sign-in page: the session was not shared.`);
      if (process.env.LIGHTHOUSE_REPORT_DIR) writeReport(pathname, run, result);
      const audit = (id: string) => Math.round(result.lhr.audits[id]?.numericValue ?? 0);
      runs.push({ performance: scoreOf(result.lhr.categories.performance?.score), accessibility: scoreOf(result.lhr.categories.accessibility?.score), tbt: audit("total-blocking-time"), lcp: audit("largest-contentful-paint") });
      failedA11y = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
        .map((a) => a.id);
    }
    const performance = median(runs.map((r) => r.performance));
    const accessibility = Math.min(...runs.map((r) => r.accessibility));
    const ok = performance >= TARGET.performance && accessibility >= TARGET.accessibility;
    if (!ok) exitCode = 1;
    const detail = runs.map((r) => `${r.performance} (TBT ${r.tbt} ms, LCP ${r.lcp} ms)`).join(", ");
    rows.push(`${pathname.padEnd(16)} performance ${String(performance).padStart(3)}  accessibility ${String(accessibility).padStart(3)}  ${ok ? "ok" : "BELOW TARGET"}  runs: ${detail}${failedA11y.length ? `  (a11y: ${failedA11y.join(", ")})` : ""}`);
  }
  console.log(`\nLighthouse (mobile), targets: performance ≥ ${TARGET.performance} (median of ${RUNS} runs), accessibility ${TARGET.accessibility} (every run); load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
  for (const row of rows) console.log(`  ${row}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
}
process.exit(exitCode);
