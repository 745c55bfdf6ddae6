import { spawn } from "node:child_process";
import os from "node:os";

/**
 * `npm test`: typecheck, unit (with coverage thresholds), integration (real PostgreSQL), then
 * end-to-end (Playwright against the production build). Each suite streams its output; the
 * first failure stops the run with that suite's exit code. A summary table ends the output.
 *
 * The suites are the package.json scripts, so `npm test` and `npm run test:unit` etc. agree.
 * `npm test -- --only unit,int` runs a subset (names: lint, typecheck, unit, int, e2e).
 */
const suites = [
  { name: "lint", script: "lint", label: "Lint (eslint)" },
  { name: "typecheck", script: "typecheck", label: "Typecheck (tsc --noEmit)" },
  { name: "unit", script: "test:unit", label: "Unit (vitest --project unit --coverage)" },
  { name: "int", script: "test:int", label: "Integration (vitest --project integration)" },
  { name: "e2e", script: "test:e2e", label: "End-to-end (playwright test)" },
] as const;

type Outcome = "passed" | "FAILED" | "not run";
interface Row {
  label: string;
  outcome: Outcome;
  seconds?: number;
}

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? "").split(",").filter(Boolean)) : undefined;
const selected = suites.filter((suite) => !only || only.has(suite.name));
if (only && selected.length === 0) {
  console.error(`--only takes a comma-separated list of: ${suites.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

let current: ReturnType<typeof spawn> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // The child got Ctrl-C from the terminal too; wait for it to clean up (servers, databases).
    if (current && current.exitCode === null) current.kill(signal);
  });
}

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    current = spawn(npm, ["run", "--silent", script], { stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" } });
    current.on("error", (error) => {
      console.error(error);
      resolve(1);
    });
    current.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1)));
  });
}

function formatSeconds(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0).padStart(2, "0")} s` : `${seconds.toFixed(1)} s`;
}

function printSummary(rows: Row[], totalSeconds: number): void {
  const width = Math.max(...rows.map((row) => row.label.length), "Total".length);
  const line = `+${"-".repeat(width + 2)}+---------+------------+`;
  const out = [
    "",
    line,
    `| ${"Suite".padEnd(width)} | Result  | Duration   |`,
    line,
    ...rows.map((row) => `| ${row.label.padEnd(width)} | ${row.outcome.padEnd(7)} | ${(row.seconds === undefined ? "-" : formatSeconds(row.seconds)).padStart(10)} |`),
    line,
    `| ${"Total".padEnd(width)} | ${(rows.some((row) => row.outcome === "FAILED") ? "FAILED" : "passed").padEnd(7)} | ${formatSeconds(totalSeconds).padStart(10)} |`,
    line,
  ];
  console.log(out.join("\n"));
}

const startedAll = performance.now();
const rows: Row[] = selected.map((suite) => ({ label: suite.label, outcome: "not run" }));
let exitCode = 0;
for (const [index, suite] of selected.entries()) {
  console.log(`\n=== ${suite.label} — npm run ${suite.script} ===\n`);
  const started = performance.now();
  const code = await run(suite.script);
  const row = rows[index]!;
  row.seconds = (performance.now() - started) / 1000;
  row.outcome = code === 0 ? "passed" : "FAILED";
  if (code !== 0) {
    const skipped = selected.length - index - 1;
    console.error(`\n${suite.label} failed (exit code ${code})${skipped ? `; ${skipped} later suite(s) not run` : ""}.`);
    exitCode = code;
    break;
  }
}
printSummary(rows, (performance.now() - startedAll) / 1000);
process.exit(exitCode);
