import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadLocalEnvironment } from "./runtime-setup";
import { formatTable, measureTarget, type Measured } from "./bench-support";

/**
 * `npm run bench:claims`: real traffic of many members against the app as it runs in production
 * (`lib/cli/serve.ts start`). BENCH_MEMBERS (1,000) distinct members each get a real Session row
 * and the next-auth cookie the login action would set; 50 connections take members round-robin,
 * so no two consecutive requests share a member. Measured, each under BENCH_CONNECTIONS:
 *   - a static asset (the floor), the member home, the claims list, a claim detail (each member's
 *     own claim), and the in-app navigation to the list (the RSC request a click sends);
 *   - two framework floors, to tell our cost from Next.js's: a route handler with one SQL round
 *     trip (/api/health) and a page with the root layout and no data (/login, signed out).
 * Printed: req/s, p50/p95/p99, ratios to the floor, server CPU per request (web processes and
 * PostgreSQL apart; it does not depend on the machine's other load), peak RSS per process, and the audit
 * rows written during the detail and list runs (every read of health data is audited).
 *
 *   BENCH_URL=http://localhost:3000  use a running app (same DATA_DIR/DATABASE_URL) instead of starting one
 *   BENCH_PORT=3999 BENCH_MEMBERS=1000 BENCH_DURATION=15 BENCH_WARMUP=5 BENCH_CONNECTIONS=50
 *   BENCH_ONLY=list,detail          measure a subset (floor, route, page, home, list, detail, nav)
 *
 * Run `npm run db:seed:large` first to measure on the large dataset.
 */
loadLocalEnvironment();

const { encode } = await import("next-auth/jwt");
const { provideDatabase } = await import("../db/provide-database");
const { createClient } = await import("../db/client");
const { env } = await import("../env");
const { sessionCookieName } = await import("../auth/session-cookie");

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1000);
const ONLY = new Set((process.env.BENCH_ONLY ?? "floor,route,page,home,list,detail,nav").split(","));
const BUDGET = { p95Ms: 100, requestsPerSecond: 400 };
// The cookie name lib/auth/next-auth.ts uses in the production server (NODE_ENV=production).
const COOKIE_NAME = sessionCookieName({ ...env(), NODE_ENV: "production" });
// The router state Next's client sends when a member clicks "Claims" on /member (recorded from Chromium).
const NAV_STATE_TREE = encodeURIComponent(
  JSON.stringify(["", { children: ["member", { children: ["claims", { children: ["(list)", { children: ["__PAGE__", {}, null, "refetch", 0] }, null, null, 4] }, null, null, 8] }, null, null, 8] }, null, null, 24]),
);

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

interface BenchMember {
  userId: string;
  cookie: string;
  claimId: string;
  claimNumber: string;
}

type Target = (member: BenchMember) => { path: string; headers: Record<string, string> };

/** Each request goes to the next member in turn, across all connections. */
function measure(name: string, members: BenchMember[], target: Target, serverPid: number | undefined): Promise<Measured> {
  let next = 0;
  const setup = () => target(members[next++ % members.length]!);
  return measureTarget({ name, baseUrl: baseUrl!, setup, warmupSeconds: WARMUP, seconds: DURATION, connections: CONNECTIONS, serverPid, over: `${members.length} members` });
}

async function expectPage(pathname: string, headers: Record<string, string>, mustContain: string): Promise<string> {
  const response = await fetch(`${baseUrl}${pathname}`, { headers, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(mustContain)) {
    throw new Error(`GET ${pathname} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""} without "${mustContain}": the benchmark session is not accepted.`);
  }
  return body;
}

const started = performance.now();
let exitCode = 0;
const database = { stop: async () => {} } as { stop: () => Promise<void>; url?: string };
let prisma: ReturnType<typeof createClient> | undefined;
const sessionIds: string[] = [];
try {
  baseUrl ??= await startServer();
  const provided = await provideDatabase();
  Object.assign(database, provided);
  prisma = createClient(provided.url);

  // Members who submitted a decided claim of their own: each opens their own list and claim.
  const picked = await prisma.$queryRaw<{ userId: string; claimId: string; number: string }[]>`
    SELECT DISTINCT ON (c."submittedById") c."submittedById" AS "userId", c.id AS "claimId", c.number
    FROM "Claim" c JOIN "User" u ON u.id = c."submittedById"
    WHERE c.status IN ('DECIDED', 'PAID') AND c."personId" = u."personId" AND u."disabledAt" IS NULL
    ORDER BY c."submittedById", c."createdAt" DESC
    LIMIT ${MEMBERS}`;
  if (picked.length < Math.min(MEMBERS, 50)) throw new Error(`Only ${picked.length} members with a decided claim: run npm run db:seed:large first.`);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env().SESSION_ABSOLUTE_HOURS * 3_600_000);
  const created = await prisma.session.createManyAndReturn({
    data: picked.map((p) => ({ userId: p.userId, createdAt: now, lastSeenAt: now, expiresAt, ip: "127.0.0.1", userAgent: "bench-claims" })),
    select: { id: true, userId: true },
  });
  const sessionOf = new Map(created.map((s) => [s.userId, s.id]));
  sessionIds.push(...created.map((s) => s.id));
  const members: BenchMember[] = [];
  for (const p of picked) {
    const sid = sessionOf.get(p.userId)!;
    const jwt = await encode({ token: { sid }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE_NAME, maxAge: env().SESSION_ABSOLUTE_HOURS * 3600 });
    members.push({ userId: p.userId, cookie: `${COOKIE_NAME}=${jwt}`, claimId: p.claimId, claimNumber: p.number });
  }

  const first = members[0]!;
  const listHtml = await expectPage("/member/claims", { cookie: first.cookie }, "C-");
  await expectPage(`/member/claims/${first.claimId}`, { cookie: first.cookie }, first.claimNumber);
  const navHeaders = (member: BenchMember) => ({ cookie: member.cookie, rsc: "1", "next-router-state-tree": NAV_STATE_TREE, "next-url": "/member" });
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect that names it.
  const probe = await fetch(`${baseUrl}/member/claims`, { headers: navHeaders(first), redirect: "manual" });
  const navPath = probe.headers.get("location")?.replace(/^https?:\/\/[^/]+/, "") ?? "/member/claims";
  await probe.text();
  await expectPage(navPath, navHeaders(first), "C-");
  const asset = /\/_next\/static\/[^"'\s]+\.css/.exec(listHtml)?.[0] ?? /\/_next\/static\/chunks\/[^"'\s]+\.js/.exec(listHtml)?.[0];
  if (!asset) throw new Error("No /_next/static asset found in the page to use as the static floor.");
  const totals = await prisma.$queryRaw<{ claims: bigint }[]>`SELECT count(*) AS claims FROM "Claim"`;
  console.log(`\nDataset: ${Number(totals[0]?.claims ?? 0).toLocaleString("en")} claims; ${members.length} distinct members signed in, each opening their own pages.\n`);

  const auditCount = async () => Number((await prisma!.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEvent" WHERE "actorUserId" = ANY(${members.map((m) => m.userId)}::uuid[])`)[0]?.n ?? 0);
  const targets: [key: string, name: string, target: Target][] = [
    ["floor", "static asset (floor)", () => ({ path: asset, headers: {} })],
    ["route", "route handler floor", () => ({ path: "/api/health", headers: {} })],
    // A cookie of the session's name (not a session) keeps the request off proxy.ts, as a signed-in one is.
    ["page", "page floor (no data)", () => ({ path: "/login", headers: { cookie: `${COOKIE_NAME}=none` } })],
    ["home", "member home", (m) => ({ path: "/member", headers: { cookie: m.cookie } })],
    ["list", "claims list", (m) => ({ path: "/member/claims", headers: { cookie: m.cookie } })],
    ["detail", "claim detail", (m) => ({ path: `/member/claims/${m.claimId}`, headers: { cookie: m.cookie } })],
    ["nav", "list, in-app (RSC)", (m) => ({ path: navPath, headers: navHeaders(m) })],
  ];
  const results: Measured[] = [];
  for (const [key, name, target] of targets) {
    if (!ONLY.has(key)) continue;
    const before = await auditCount();
    const measured = await measure(name, members, target, server?.pid);
    measured.auditRows = (await auditCount()) - before;
    results.push(measured);
  }

  console.log(`\n${formatTable(results, results.find((r) => r.name.startsWith("static")))}`);
  for (const r of results.filter((r) => ["member home", "claims list", "claim detail"].includes(r.name))) {
    const met = r.p95 <= BUDGET.p95Ms && r.requestsPerSecond >= BUDGET.requestsPerSecond;
    console.log(`Budget p95 ≤ ${BUDGET.p95Ms} ms and ≥ ${BUDGET.requestsPerSecond} req/s — ${r.name}: ${met ? "met" : "NOT met"} (${r.p95.toFixed(1)} ms, ${Math.round(r.requestsPerSecond)} req/s).`);
  }
  if (results.some((r) => r.non2xx > 0 || r.errors > 0)) {
    console.error("Some requests failed (non-2xx or errors): the figures above leave them out.");
    exitCode = 1;
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  if (prisma && sessionIds.length) await prisma.session.updateMany({ where: { id: { in: sessionIds } }, data: { revokedAt: new Date() } }).catch(() => {});
  await prisma?.$disconnect();
  await stopServer();
  await database.stop();
}
process.exit(exitCode);
