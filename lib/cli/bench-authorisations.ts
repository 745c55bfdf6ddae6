/**
 * Throughput of the automatic decision on pre-authorisation / guarantee requests (issue 11,
 * GOP-2): `assessRequest` — PA-1/PA-2 check with the treatment count from history, the engine on
 * the estimate, the auto-approval limits — per second on one core, for a mix of requests (rule-clear
 * physiotherapy series, in-patient stays, US treatment, emergencies) against 60 history lines.
 * The figures are what the auto-decision job spends in the rules; the database write is separate.
 * Budget: ≥ 10,000 decisions/s.
 */
import { assessRequest, type RequestFacts } from "../authorisations/assess";
import { factsOn, physiotherapyHistory } from "../authorisations/testing-facts";
import { cignaGlobalPlan } from "../rules/plans/index";

const BUDGET = 10_000;
const facts = factsOn(cignaGlobalPlan, { history: physiotherapyHistory(60) });
const base: RequestFacts = { category: "physiotherapy", setting: "out_patient", country: "DK", plannedDate: "2026-12-10", estimatedCostMinor: 600_000, sessions: 10, emergency: false };
const requests: RequestFacts[] = [
  base,
  { ...base, category: "psychologist", sessions: 8, estimatedCostMinor: 720_000 },
  { ...base, category: "in_patient_treatment", setting: "in_patient", sessions: undefined, estimatedCostMinor: 4_500_000 },
  { ...base, country: "US" },
  { ...base, emergency: true, notifiedAfterHours: 30 },
  { ...base, category: "prescribed_drugs", supplyDays: 180, sessions: undefined, estimatedCostMinor: 250_000 },
];

function run(ms: number): { count: number; approved: number; elapsed: number } {
  let count = 0;
  let approved = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) if (assessRequest(facts, requests[i % requests.length]!).outcome === "approve") approved++;
    count += 100;
    now = performance.now();
  }
  return { count, approved, elapsed: now - start };
}

run(1_000); // warm-up: let the JIT optimise the hot path
const { count, approved, elapsed } = run(4_000);
const perSecond = Math.round((count / elapsed) * 1000);
process.stdout.write(
  `${perSecond.toLocaleString("en-GB")} auto-decisions/s (${requests.length} request kinds, 60 history lines, ${count} decisions in ${(elapsed / 1000).toFixed(1)} s, ${Math.round((approved / count) * 100)} % approved)` +
    ` — budget ${BUDGET.toLocaleString("en-GB")}/s: ${perSecond >= BUDGET ? "OK" : "TOO SLOW"}\n`,
);
if (perSecond < BUDGET) process.exitCode = 1;
