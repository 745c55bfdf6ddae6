import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadLocalEnvironment } from "./runtime-setup";
import { formatTable, measureTarget, type Measured } from "./bench-support";

/**
 * `npm run bench:employer-staff` (issue 12 point 2): the staff list of a 10,000-employee scheme
 * under 50 connections, against the app as it runs in production (lib/cli/serve.ts start), or
 * BENCH_URL. Seeds Nordhavn Logistik A/S (npm run db:seed:employer-large) when missing, signs its
 * admin in with BENCH_SESSIONS real sessions, and spreads the requests over distinct keyset pages
 * (every 50th employee number: 200 pages), searches (names, number prefixes) and status filters.
 * Prints req/s and p50/p95/p99 per target against the budget p95 ≤ 100 ms.
 *
 *   BENCH_URL BENCH_PORT=3998 BENCH_DURATION=15 BENCH_WARMUP=5 BENCH_CONNECTIONS=50 BENCH_SESSIONS=50
 */
loadLocalEnvironment();

const { encode } = await import("next-auth/jwt");
const { provideDatabase } = await import("../db/provide-database");
const { createClient } = await import("../db/client");
const { env } = await import("../env");
const { sessionCookieName } = await import("../auth/session-cookie");
const { seedLargeEmployer, LARGE_EMPLOYER } = await import("../db/seed/employers");
const { hashSecret } = await import("../auth/password");
const { DEMO_PASSWORD } = await import("../db/seed/demo-data");

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50);
const BUDGET_P95_MS = 100;
const COOKIE_NAME = sessionCookieName({ ...env(), NODE_ENV: "production" });

let server: ChildProcess | undefined;
let baseUrl = process.env.BENCH_URL?.replace(/\/$/, "");

async function startServer(): Promise<string> {
  const port = process.env.BENCH_PORT ?? "3998";
  console.log(`Starting the app in production mode on port ${port} (lib/cli/serve.ts start; builds first if the build is stale)…`);
  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "lib/cli/serve.ts", "start"], { env: { ...process.env, PORT: port, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before answering.`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return url;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not answer within 15 minutes.");
}

function measure(name: string, paths: string[], cookies: string[]): Promise<Measured> {
  let next = 0;
  const setup = () => {
    const i = next++;
    const headers: Record<string, string> = cookies.length ? { cookie: cookies[i % cookies.length]! } : {};
    return { path: paths[i % paths.length]!, headers };
  };
  return measureTarget({ name, baseUrl: baseUrl!, setup, warmupSeconds: WARMUP, seconds: DURATION, connections: CONNECTIONS, serverPid: server?.pid, over: `${paths.length} distinct URLs` });
}

const started = performance.now();
let exitCode = 0;
let database: { stop: () => Promise<void>; url: string } | undefined;
let prisma: ReturnType<typeof createClient> | undefined;
const sessionIds: string[] = [];
try {
  baseUrl ??= await startServer();
  database = await provideDatabase();
  prisma = createClient(database.url);
  if (await seedLargeEmployer(prisma, { passwordHash: await hashSecret(DEMO_PASSWORD) })) console.log(`Seeded ${LARGE_EMPLOYER.name} (${LARGE_EMPLOYER.staff.toLocaleString("en")} employees).`);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: LARGE_EMPLOYER.admin.email } });
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env().SESSION_ABSOLUTE_HOURS * 3_600_000);
  const created = await prisma.session.createManyAndReturn({ data: Array.from({ length: SESSIONS }, () => ({ userId: admin.id, createdAt: now, lastSeenAt: now, expiresAt, ip: "127.0.0.1", userAgent: "bench-employer-staff" })), select: { id: true } });
  sessionIds.push(...created.map((s) => s.id));
  const cookies = await Promise.all(created.map(async (s) => `${COOKIE_NAME}=${await encode({ token: { sid: s.id }, secret: process.env.AUTH_SECRET ?? "", salt: COOKIE_NAME, maxAge: env().SESSION_ABSOLUTE_HOURS * 3600 })}`));

  const staff = await prisma.enrolment.count({ where: { policy: { number: LARGE_EMPLOYER.policy }, role: "EMPLOYEE" } });
  const pages = ["/employer/staff", ...Array.from({ length: Math.floor(staff / 50) - 1 }, (_, i) => `/employer/staff?after=N${String((i + 1) * 50).padStart(5, "0")}`)];
  const names = ["Hansen", "Maria", "peter", "sen", "Olsen 4", "Ida M", "Rasmus", "Kristensen"];
  const searches = [
    ...names.map((q) => `/employer/staff?q=${encodeURIComponent(q)}`),
    ...Array.from({ length: 100 }, (_, i) => `/employer/staff?q=N${String(i).padStart(3, "0")}`),
    ...["active", "joining", "leaving", "ended"].map((s) => `/employer/staff?status=${s}`),
    ...names.map((q) => `/employer/staff?q=${encodeURIComponent(q)}&status=active&after=N02000`),
  ];
  const check = await fetch(`${baseUrl}${pages[1]}`, { headers: { cookie: cookies[0]! }, redirect: "manual" });
  const html = await check.text();
  if (check.status !== 200 || !html.includes("N00051")) throw new Error(`GET ${pages[1]} answered ${check.status} without N00051: the benchmark session or the seed is not accepted.`);
  const asset = /\/_next\/static\/[^"'\s]+\.css/.exec(html)?.[0];
  console.log(`\nScheme: ${LARGE_EMPLOYER.name}, ${staff.toLocaleString("en")} employees; ${pages.length} distinct pages, ${searches.length} distinct searches/filters.\n`);

  const results: Measured[] = [];
  if (asset) results.push(await measure("static asset (floor)", [asset], []));
  results.push(await measure("staff list, keyset pages", pages, cookies));
  results.push(await measure("staff list, searches and filters", searches, cookies));
  console.log(`\n${formatTable(results, results.find((r) => r.name.startsWith("static")))}`);
  for (const r of results.filter((r) => r.name.startsWith("staff"))) {
    console.log(`Budget p95 ≤ ${BUDGET_P95_MS} ms — ${r.name}: ${r.p95 <= BUDGET_P95_MS ? "met" : "NOT met"} (p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.requestsPerSecond)} req/s).`);
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
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await database?.stop();
}
process.exit(exitCode);
