import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import semver from "semver";

/**
 * `npm run audit:deps`: known advisories against the INSTALLED tree (every package.json under
 * node_modules, nested copies too). First `npm audit`; where the registry's audit endpoint does
 * not answer (here: 405), the vendored snapshot lib/cli/audit-advisories.json, which has the
 * registry's bulk-advisory shape. Exit 1 when an advisory at or above --level (default: high) matches.
 * `-- --refresh` rewrites the snapshot from the registry's bulk endpoint for the installed tree.
 */
export type Severity = "info" | "low" | "moderate" | "high" | "critical";
export interface Advisory {
  id: string;
  url: string;
  title: string;
  severity: Severity;
  vulnerable_versions: string;
}
export interface Finding extends Advisory {
  package: string;
  version: string;
  paths: string[];
}
export interface Snapshot {
  compiled: string;
  source: string;
  advisories: Record<string, Advisory[]>;
}

const SEVERITIES: Severity[] = ["info", "low", "moderate", "high", "critical"];
const SNAPSHOT = path.join(import.meta.dirname, "audit-advisories.json");

/** name → version → the folders it is installed in. */
export function installedPackages(root: string): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>();
  const visit = (modules: string): void => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      if (entry.startsWith(".")) continue;
      const dirs = entry.startsWith("@") ? fs.readdirSync(path.join(modules, entry)).map((name) => path.join(modules, entry, name)) : [path.join(modules, entry)];
      for (const dir of dirs) {
        const manifest = path.join(dir, "package.json");
        if (!fs.existsSync(manifest)) continue;
        const { name, version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string; version?: string };
        if (name && version) {
          const versions = found.get(name) ?? new Map<string, string[]>();
          versions.set(version, [...(versions.get(version) ?? []), path.relative(root, dir)]);
          found.set(name, versions);
        }
        visit(path.join(dir, "node_modules"));
      }
    }
  };
  visit(path.join(root, "node_modules"));
  return found;
}

export function match(installed: Map<string, Map<string, string[]>>, advisories: Record<string, Advisory[]>): Finding[] {
  const findings: Finding[] = [];
  for (const [name, list] of Object.entries(advisories)) {
    for (const [version, paths] of installed.get(name) ?? []) {
      for (const advisory of list) {
        if (semver.satisfies(version, advisory.vulnerable_versions, { includePrerelease: true })) findings.push({ ...advisory, package: name, version, paths });
      }
    }
  }
  return findings.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.package.localeCompare(b.package));
}

/** `npm audit --json` when the endpoint answers; undefined when it does not (offline, 405). */
function npmAudit(): { findings: Finding[] } | undefined {
  const run = spawnSync("npm", ["audit", "--json", "--omit=optional"], { encoding: "utf8", timeout: 60_000 });
  try {
    const report = JSON.parse(run.stdout) as { error?: unknown; vulnerabilities?: Record<string, { severity: Severity; range: string; via: (string | { source: number; title: string; url: string; severity: Severity; range: string })[]; nodes: string[] }> };
    if (report.error || !report.vulnerabilities) return undefined;
    const findings: Finding[] = [];
    for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
      for (const via of vulnerability.via) {
        if (typeof via === "string") continue;
        findings.push({ id: String(via.source), url: via.url, title: via.title, severity: via.severity, vulnerable_versions: via.range, package: name, version: "", paths: vulnerability.nodes });
      }
    }
    return { findings };
  } catch {
    return undefined;
  }
}

async function refresh(installed: Map<string, Map<string, string[]>>): Promise<void> {
  const body = Object.fromEntries([...installed].map(([name, versions]) => [name, [...versions.keys()]]));
  const response = await fetch("https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`The registry's bulk advisory endpoint answered ${response.status}; the snapshot is unchanged.`);
  const current = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8")) as Snapshot;
  const advisories = (await response.json()) as Record<string, (Advisory & { id: number | string })[]>;
  const next = { ...current, compiled: new Date().toISOString().slice(0, 10), source: "registry.npmjs.org bulk advisories", advisories };
  fs.writeFileSync(SNAPSHOT, `${JSON.stringify(next, null, 2)}\n`);
}

function print(findings: Finding[], source: string, level: Severity): number {
  console.log(`Advisory source: ${source}`);
  for (const f of findings) console.log(`  ${f.severity.padEnd(8)} ${f.package}@${f.version || "?"}  ${f.id}  ${f.title}\n           ${f.url}  (in ${f.paths.slice(0, 3).join(", ")})`);
  const failing = findings.filter((f) => SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(level));
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(", ");
  console.log(`${findings.length} advisories match the installed tree (${counts}); ${failing.length} at or above ${level}.`);
  return failing.length ? 1 : 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const levelArg = args[args.indexOf("--level") + 1];
  const level: Severity = args.includes("--level") && SEVERITIES.includes(levelArg as Severity) ? (levelArg as Severity) : "high";
  const root = process.cwd();
  const installed = installedPackages(root);
  if (args.includes("--refresh")) {
    await refresh(installed);
    console.log(`Snapshot refreshed: ${SNAPSHOT}`);
  }
  const audited = args.includes("--snapshot") ? undefined : npmAudit();
  if (audited) return print(audited.findings, "npm audit (registry audit endpoint)", level);
  const snapshot = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8")) as Snapshot;
  const versions = [...installed.values()].reduce((sum, v) => sum + v.size, 0);
  console.log(`npm audit did not answer (the registry's audit endpoint is unavailable); checked ${installed.size} packages (${versions} installed versions) against the vendored snapshot.`);
  return print(match(installed, snapshot.advisories), `${path.relative(root, SNAPSHOT)} (compiled ${snapshot.compiled}; ${Object.values(snapshot.advisories).flat().length} advisories on ${Object.keys(snapshot.advisories).length} packages)`, level);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = await main();
