import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadLocalEnvironment } from "./runtime-setup";

/**
 * `npm run bench:claims`: a signed-in member's claims list, a claim detail page and a static
 * asset (the floor), each under 50 concurrent connections with autocannon, against the app as it
 * runs in production (`lib/cli/serve.ts start`: Next.js behind the page cache, ADR 0011).
 * List and detail are measured twice: as a member gets them (repeat views come from the page
 * cache, with the session and data fingerprint checked and the audit row written on every
 * request) and rendered by Next.js every time (`Cache-Control: no-cache`, as a hard reload sends).
 *
 *   BENCH_URL=http://localhost:3000  use a running app (same DATA_DIR/DATABASE_URL) instead of starting one
 *   BENCH_PORT=3999                  port of the app this script starts
 *   BENCH_EMAIL=mette@demo.dk        whose session is measured
 *   BENCH_DURATION=15 BENCH_WARMUP=5 BENCH_CONNECTIONS=50
 *   BENCH_EXTRA=/member,/api/health  more signed-in paths to measure, to see where the time goes
 *
 * Sign-in: a real Session row plus the next-auth cookie encoded with AUTH_SECRET, exactly what
 * the login action produces, so every request goes through the full session check. Run
 * `npm run db:seed:large` first to measure on the large dataset.
 */
loadLocalEnvironment();

interface AutocannonResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; headers: Record<string, string>; timeout: number },
  done: (error: Error | null, result: AutocannonResult) => void,
) => { on: (event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void) => void };
// autocannon ships no types; the little used here is typed above.
const autocannon = ((await import("autocannon" as string)) as { default: Autocannon }).default;
const { encode } = await import("next-auth/jwt");
const { provideDatabase } = await import("../db/provide-database");
const { createClient } = await import("../db/client");
const { createSession } = await import("../auth/sessions");
const { env } = await import("../env");
const { sessionCookieName } = await import("../auth/session-cookie");

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const EMAIL = (process.env.BENCH_EMAIL ?? "mette@demo.dk").toLowerCase();
const BUDGET_P95_MS = 100;
// The cookie name lib/auth/next-auth.ts uses in the production server (NODE_ENV=production).
const COOKIE_NAME = sessionCookieName({ ...env(), NODE_ENV: "production" });

let server: ChildProcess | undefined;
let baseUrl = process.env.BENCH_URL?.replace(/\/$/, "");

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before answering.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

async function startServer(): Promise<string> {
  const port = process.env.BENCH_PORT ?? "3999";
  console.log(`Starting the app in production mode on port ${port} (lib/cli/serve.ts start; builds first if the build is stale)…`);
  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "lib/cli/serve.ts", "start"], {
    env: { ...process.env, PORT: port, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/health`, 15 * 60_000);
  return url;
}

async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

interface Measured {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** autocannon reports p97.5, not p95: latencies of 2xx responses are collected here instead. */
function run(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<{ latencies: number[]; rps: number; non2xx: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url, connections, duration: seconds, headers, timeout: 30 },
      (error, result) => {
        if (error) return reject(error);
        resolve({ latencies, rps: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

async function measure(name: string, pathname: string, headers: Record<string, string>): Promise<Measured> {
  const url = `${baseUrl}${pathname}`;
  process.stdout.write(`  ${name}: warm-up ${WARMUP} s… `);
  await run(url, headers, WARMUP, Math.min(10, CONNECTIONS));
  process.stdout.write(`measuring ${DURATION} s with ${CONNECTIONS} connections… `);
  const { latencies, rps, non2xx, errors } = await run(url, headers, DURATION, CONNECTIONS);
  latencies.sort((a, b) => a - b);
  const measured = { name, path: pathname, requestsPerSecond: rps, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), total: latencies.length, non2xx, errors };
  console.log(`${Math.round(rps)} req/s`);
  return measured;
}

async function expectPage(pathname: string, cookie: string, mustContain: string): Promise<{ body: string; cache: string }> {
  const response = await fetch(`${baseUrl}${pathname}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(mustContain)) {
    throw new Error(`GET ${pathname} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""} without "${mustContain}": the benchmark session is not accepted.`);
  }
  return { body, cache: response.headers.get("x-portal-cache") ?? "none" };
}

const started = performance.now();
let exitCode = 0;
const database = { stop: async () => {} } as { stop: () => Promise<void>; url?: string };
let prisma: ReturnType<typeof createClient> | undefined;
let sessionId: string | undefined;
try {
  baseUrl ??= await startServer();
  const provided = await provideDatabase();
  Object.assign(database, provided);
  prisma = createClient(provided.url);

  const user = await prisma.user.findUnique({ where: { email: EMAIL }, select: { id: true, personId: true } });
  if (!user?.personId) throw new Error(`${EMAIL} is not a member here: run npm run db:seed (and db:seed:large) first.`);
  const totals = await prisma.$queryRaw<{ claims: bigint }[]>`SELECT count(*) AS claims FROM "Claim"`;
  const claim = await prisma.claim.findFirst({
    where: { submittedById: user.id, status: { in: ["DECIDED", "PAID"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true, _count: { select: { lines: true, events: true } } },
  });
  if (!claim) throw new Error(`${EMAIL} has no decided claim to open.`);

  const session = await createSession(prisma, user.id, { ip: "127.0.0.1", userAgent: "bench-claims" });
  sessionId = session.id;
  const jwt = await encode({ token: { sid: session.id }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE_NAME, maxAge: env().SESSION_ABSOLUTE_HOURS * 3600 });
  const cookie = `${COOKIE_NAME}=${jwt}`;

  const listPath = "/member/claims";
  const detailPath = `/member/claims/${claim.id}`;
  const { body: listHtml } = await expectPage(listPath, cookie, "C-");
  await expectPage(detailPath, cookie, claim.number);
  const cacheState = `${(await expectPage(listPath, cookie, "C-")).cache} / ${(await expectPage(detailPath, cookie, claim.number)).cache}`;
  const visible = /(\d[\d.,]*)\s*(?:claims|skader)/.exec(listHtml)?.[1] ?? "?";
  // The floor: a build asset Next serves from .next/static with no rendering and no session.
  const asset = /\/_next\/static\/[^"'\s]+\.css/.exec(listHtml)?.[0] ?? /\/_next\/static\/chunks\/[^"'\s]+\.js/.exec(listHtml)?.[0];
  if (!asset) throw new Error("No /_next/static asset found in the page to use as the static floor.");

  console.log(`\nDataset: ${Number(totals[0]?.claims ?? 0).toLocaleString("en")} claims in the database; ${EMAIL} sees ${visible} on the list (first page of 20).`);
  console.log(`Detail: ${claim.number} (${claim._count.lines} lines, ${claim._count.events} events); every detail read writes an audit row.`);
  console.log(`Page cache on a repeat view (list / detail): ${cacheState}.\n`);

  const signedIn = { cookie };
  const rendered = { cookie, "cache-control": "no-cache" };
  const results = [
    await measure("static asset (floor)", asset, {}),
    await measure("claims list", listPath, signedIn),
    await measure("claim detail", detailPath, signedIn),
    await measure("list, rendered", listPath, rendered),
    await measure("detail, rendered", detailPath, rendered),
  ];
  for (const extra of (process.env.BENCH_EXTRA ?? "").split(",").filter(Boolean)) results.push(await measure(extra, extra, rendered));

  const floor = results[0]!;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  console.log(`\n${"".padEnd(22)}${"req/s".padStart(8)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}   p95 × floor   req/s ÷ floor   non-2xx/errors`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(22)}${Math.round(r.requestsPerSecond).toString().padStart(8)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)}` +
        `   ${(r.p95 / floor.p95).toFixed(1).padStart(9)}×   ${(r.requestsPerSecond / floor.requestsPerSecond).toFixed(3).padStart(11)}   ${r.non2xx}/${r.errors}`,
    );
  }
  console.log(`\nFloor: ${asset}. Paths: ${listPath}, ${detailPath}.`);
  for (const r of results.slice(1, 3)) {
    console.log(`Budget p95 ≤ ${BUDGET_P95_MS} ms — ${r.name}: ${r.p95 <= BUDGET_P95_MS ? "met" : "NOT met"} (${r.p95.toFixed(1)} ms).`);
  }
  console.log("The rendered rows bypass the page cache (a first view, a hard reload, or a view right after the data changed).");
  if (results.some((r) => r.non2xx > 0 || r.errors > 0)) {
    console.error("Some requests failed (non-2xx or errors): the figures above leave them out.");
    exitCode = 1;
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  if (prisma && sessionId) await prisma.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } }).catch(() => {});
  await prisma?.$disconnect();
  await stopServer();
  await database.stop();
}
process.exit(exitCode);
