/**
 * Throughput of the rules engine: claims evaluated per second for a 10-line claim against a
 * history of 200 earlier lines, one core. Validation happens once, outside the timed loop.
 * Budget: ≥ 20,000 claims/s.
 */
import { evaluateClaim } from "../rules/engine/evaluateClaim";
import { examplePlans } from "../rules/plans/index";
import { claimCaseSchema } from "../rules/schema/claimCase";

const BUDGET = 20_000;
const planCode = process.argv[2] ?? "ihi-bupa-top-up";
const plan = examplePlans[planCode];
if (plan === undefined) {
  process.stderr.write(`unknown plan ${planCode}; known: ${Object.keys(examplePlans).join(", ")}\n`);
  process.exit(1);
}
const categories = plan.benefitCategories.filter((c) => c.addOnTiers.length === 0 && c.settings.includes("out_patient")).map((c) => c.code);
const pick = (i: number) => categories[i % categories.length] as string;
const day = (i: number) => String((i % 28) + 1).padStart(2, "0");
const month = (i: number) => String((i % 12) + 1).padStart(2, "0");

// Deterministic data: 200 history lines over 2024–2025, 10 claim lines in March 2025.
const history = Array.from({ length: 200 }, (_, i) => ({
  date: `${i < 100 ? 2024 : 2025}-${i < 100 ? month(i) : "0" + ((i % 2) + 1)}-${day(i)}`,
  categoryCode: pick(i * 7),
  claimedMinor: 20_000 + (i % 13) * 1_500,
  paidMinor: 4_000 + (i % 13) * 300,
  quantity: 1 + (i % 3),
  diagnosis: `D${i % 5}`,
}));
const lines = Array.from({ length: 10 }, (_, i) => ({
  id: `L${i + 1}`,
  date: `2025-03-${day(i)}`,
  categoryCode: pick(i * 3),
  amountMinor: 30_000 + i * 4_250,
  quantity: 1 + (i % 2),
  diagnosis: `D${i % 5}`,
  receiptPresent: true,
  referralPresent: i % 4 !== 0,
  prescriptionPresent: true,
}));
const input = claimCaseSchema.parse({
  today: "2025-03-31",
  plan,
  policy: { number: "BENCH-1", startDate: "2023-01-01" },
  person: { id: "bench", role: "main", enrolment: { startDate: "2023-01-01" } },
  history,
  claim: { id: "BENCH-CLAIM", currency: plan.currency, lines },
});

function run(ms: number): { count: number; elapsed: number } {
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) sink += evaluateClaim(input).totals.payableMinor;
    count += 100;
    now = performance.now();
  }
  if (sink < 0) process.stdout.write("");
  return { count, elapsed: now - start };
}

run(1_000); // warm-up: let the JIT optimise the hot path
const { count, elapsed } = run(4_000);
const perSecond = Math.round((count / elapsed) * 1000);
process.stdout.write(
  `${perSecond.toLocaleString("en-GB")} claims/s (plan ${planCode}, 10 lines, 200 history lines, ${count} claims in ${(elapsed / 1000).toFixed(1)} s)` +
    ` — budget ${BUDGET.toLocaleString("en-GB")} claims/s: ${perSecond >= BUDGET ? "OK" : "TOO SLOW"}\n`,
);
if (perSecond < BUDGET) process.exitCode = 1;
