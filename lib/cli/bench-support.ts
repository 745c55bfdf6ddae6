import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** What the benchmarks print per measured target. */
export interface Measured {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  /** Highest resident set size seen per server process during the run, in bytes. */
  peakRss: Map<number, { rss: number; command: string }>;
  auditRows?: number;
  /** Server CPU time per measured request, in ms: the app's node processes and its PostgreSQL. */
  cpuPerRequest?: { web: number; database: number };
}

interface AutocannonResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RawRequest {
  path: string;
  headers: Record<string, string>;
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; timeout: number; requests: { setupRequest: (request: RawRequest) => RawRequest }[] },
  done: (error: Error | null, result: AutocannonResult) => void,
) => { on: (event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void) => void };
// autocannon ships no types; the little used here is typed above.
const autocannon = ((await import("autocannon" as string)) as { default: Autocannon }).default;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * One autocannon run in which every request is built by `setup` (path and headers), so each can
 * belong to a different user. autocannon reports p97.5, not p95: 2xx latencies are collected here.
 */
export function autocannonRun(options: {
  baseUrl: string;
  setup: () => { path: string; headers: Record<string, string> };
  seconds: number;
  connections: number;
}): Promise<{ latencies: number[]; rps: number; non2xx: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const { path, headers } = options.setup();
              return { ...request, path, headers: { ...request.headers, ...headers } };
            },
          },
        ],
      },
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

/**
 * One benchmark target: a short warm-up at ≤ 10 connections, then the measured run, with the
 * server's peak RSS and CPU per request when its pid is known (not with BENCH_URL).
 */
export async function measureTarget(options: {
  name: string;
  baseUrl: string;
  setup: () => { path: string; headers: Record<string, string> };
  warmupSeconds: number;
  seconds: number;
  connections: number;
  serverPid: number | undefined;
  /** What the requests spread over, for the progress line ("1,000 members"). */
  over: string;
}): Promise<Measured> {
  const { name, baseUrl, setup, serverPid } = options;
  process.stdout.write(`  ${name}: warm-up ${options.warmupSeconds} s… `);
  await autocannonRun({ baseUrl, setup, seconds: options.warmupSeconds, connections: Math.min(10, options.connections) });
  process.stdout.write(`measuring ${options.seconds} s with ${options.connections} connections over ${options.over}… `);
  const rss = sampleProcessTreeRss(serverPid);
  const cpu = measureProcessTreeCpu(serverPid);
  const { latencies, rps, non2xx, errors } = await autocannonRun({ baseUrl, setup, seconds: options.seconds, connections: options.connections });
  const cpuPerRequest = cpu.stop(latencies.length + non2xx + errors);
  const peakRss = rss.stop();
  latencies.sort((a, b) => a - b);
  console.log(`${Math.round(rps)} req/s`);
  return { name, requestsPerSecond: rps, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), total: latencies.length, non2xx, errors, peakRss, cpuPerRequest };
}

/** The processes under `rootPid` (itself included), as ps lists them. */
function processTreeRows(rootPid: number): { pid: number; rss: number; command: string }[] {
  const out = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss=,args="], { encoding: "utf8" });
  const rows = out
    .trim()
    .split("\n")
    .map((line) => {
      const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss) * 1024, command: args.join(" ") };
    });
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      if (!inTree.has(row.pid) && inTree.has(row.ppid)) {
        inTree.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.filter((row) => inTree.has(row.pid));
}

function processTree(rootPid: number): Map<number, { rss: number; command: string }> {
  const rows = processTreeRows(rootPid);
  // Node processes only: the app's servers (PostgreSQL's own processes are reported apart by ps).
  return new Map(rows.filter((r) => /node/.test(r.command)).map((r) => [r.pid, { rss: r.rss, command: r.command }]));
}

/** Samples the RSS of the server's node processes every 250 ms; `stop` returns each one's peak. */
export function sampleProcessTreeRss(rootPid: number | undefined) {
  const peaks = new Map<number, { rss: number; command: string }>();
  const sample = () => {
    if (!rootPid) return;
    try {
      for (const [pid, row] of processTree(rootPid)) {
        if ((peaks.get(pid)?.rss ?? 0) < row.rss) peaks.set(pid, row);
      }
    } catch {
      // ps failed once; the next sample counts
    }
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}

/** Clock ticks of CPU (user + system) per process of the tree, node and PostgreSQL apart. */
function treeCpuTicks(rootPid: number): Map<number, { ticks: number; database: boolean }> {
  const ticks = new Map<number, { ticks: number; database: boolean }>();
  for (const row of processTreeRows(rootPid)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${row.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(row.pid, { ticks: Number(fields[11]) + Number(fields[12]), database: /postgres/.test(row.command) });
    } catch {
      // the process ended between ps and the read
    }
  }
  return ticks;
}

/**
 * CPU time the server spends per request (web processes and PostgreSQL apart): the figure that
 * does not depend on how many cores the run had, so a shared machine's load does not hide a change.
 */
export function measureProcessTreeCpu(rootPid: number | undefined) {
  const before = rootPid ? treeCpuTicks(rootPid) : new Map<number, { ticks: number; database: boolean }>();
  return {
    stop: (requests: number): { web: number; database: number } | undefined => {
      if (!rootPid || requests === 0) return undefined;
      const msPerTick = 1000 / 100; // USER_HZ is 100 on Linux
      let web = 0;
      let database = 0;
      for (const [pid, now] of treeCpuTicks(rootPid)) {
        const spent = (now.ticks - (before.get(pid)?.ticks ?? 0)) * msPerTick;
        if (now.database) database += spent;
        else web += spent;
      }
      return { web: web / requests, database: database / requests };
    },
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function formatTable(results: Measured[], floor: Measured | undefined): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  const lines = [`${"".padEnd(24)}${"req/s".padStart(8)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}  p95×floor  req/s÷floor  non-2xx/err  audit rows  CPU ms/req (web + db)  peak RSS per server process`];
  for (const r of results) {
    const rss = [...r.peakRss.values()]
      .filter((row) => row.rss > 0)
      .map((row) => mb(row.rss))
      .join(", ");
    lines.push(
      `${r.name.padEnd(24)}${Math.round(r.requestsPerSecond).toString().padStart(8)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)}` +
        `  ${floor ? `${(r.p95 / floor.p95).toFixed(1)}×`.padStart(9) : "".padStart(9)}  ${floor ? (r.requestsPerSecond / floor.requestsPerSecond).toFixed(3).padStart(11) : "".padStart(11)}` +
        `  ${`${r.non2xx}/${r.errors}`.padStart(11)}  ${String(r.auditRows ?? "").padStart(10)}  ${(r.cpuPerRequest ? `${r.cpuPerRequest.web.toFixed(1)} + ${r.cpuPerRequest.database.toFixed(1)}` : "n/a").padStart(21)}  ${rss || "n/a (BENCH_URL)"}`,
    );
  }
  return lines.join("\n");
}
