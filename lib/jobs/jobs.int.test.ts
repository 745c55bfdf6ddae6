import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adjudicateClaim } from "../claims/adjudicate";
import { seedDemo } from "../db/seed/demo";
import { testDb } from "../testing/db";
import { requestAdjudication } from "./adjudication-queue";
import { startAdjudicationWorker } from "./adjudication-worker";
import { getBoss, stopBoss } from "./boss";
import { ADJUDICATE_CLAIM_QUEUE } from "./queues";
import { ORPHAN_AFTER_MS, sweepSubmittedClaims } from "./sweeper";
import { createSubmittedClaim, demoRefs } from "../testing/jobs-fixtures";

let refs: Awaited<ReturnType<typeof demoRefs>>;

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
});
afterAll(async () => {
  await stopBoss(5_000);
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("adjudication jobs (pg-boss on the app's PostgreSQL)", () => {
  it("retries a failed job and never decides twice", async () => {
    const claim = await createSubmittedClaim(testDb(), {
      policyId: refs.policy.id,
      personId: refs.mettePerson.id,
      userId: refs.mette.id,
      lines: [{ category: "gp_consultation", amountMinor: 70_000 }],
    });
    const boss = await getBoss();
    const attempts: string[] = [];
    // First attempt decides but then "crashes" (the job fails after the commit); the retry must find the decision and stop.
    await startAdjudicationWorker(boss, async (claimId) => {
      attempts.push(claimId);
      const outcome = await adjudicateClaim(testDb(), claimId);
      if (attempts.length === 1) throw new Error(`forced failure after ${outcome}`);
      return outcome;
    });
    await requestAdjudication(claim.id);
    await requestAdjudication(claim.id); // a double request while one waits is dropped (stately queue) or skipped

    await waitFor(async () => attempts.length, (n) => n >= 2, 25_000);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    const row = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { events: true } });
    expect(row.status).toBe("DECIDED");
    expect(row.events.filter((e) => e.kind === "DECIDED")).toHaveLength(1);
    expect(row.events.filter((e) => e.kind === "SETTLEMENT_ISSUED")).toHaveLength(1);
    expect(await testDb().settlementNote.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await testDb().outboundEmail.count({ where: { template: "claim-decided", textBody: { contains: row.number } } })).toBe(1);

    // The job itself completed on the retry.
    const jobs = await waitFor(
      async () => (await boss.getDb().executeSql(`SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND singleton_key = $2`, [ADJUDICATE_CLAIM_QUEUE, claim.id])).rows,
      (rows) => rows.some((r) => r.state === "completed"),
    );
    expect(jobs.some((r) => r.state === "completed" && r.retry_count >= 1)).toBe(true);
  }, 40_000);

  it("the sweeper re-enqueues a SUBMITTED claim orphaned for over 2 minutes, and only that one", async () => {
    const now = new Date();
    const orphan = await createSubmittedClaim(testDb(), {
      policyId: refs.policy.id,
      personId: refs.mettePerson.id,
      userId: refs.mette.id,
      lines: [{ category: "gp_consultation", amountMinor: 50_000 }],
      submittedAt: new Date(now.getTime() - ORPHAN_AFTER_MS - 60_000),
    });
    const fresh = await createSubmittedClaim(testDb(), {
      policyId: refs.policy.id,
      personId: refs.mettePerson.id,
      userId: refs.mette.id,
      lines: [{ category: "gp_consultation", amountMinor: 50_000 }],
      submittedAt: now,
    });
    const enqueued: string[] = [];
    const ids = await sweepSubmittedClaims(testDb(), now, async (id) => {
      enqueued.push(id);
    });
    expect(ids).toContain(orphan.id);
    expect(ids).not.toContain(fresh.id);
    expect(enqueued).toEqual(ids);

    // With the real queue the worker started above picks it up and decides it.
    await sweepSubmittedClaims(testDb(), now);
    const decided = await waitFor(
      () => testDb().claim.findUniqueOrThrow({ where: { id: orphan.id } }),
      (c) => c.status === "DECIDED",
    );
    expect(decided.status).toBe("DECIDED");
  }, 40_000);
});
