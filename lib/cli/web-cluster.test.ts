import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWebCluster, type WebCluster } from "./web-cluster";

const exec = path.resolve(import.meta.dirname, "../testing/fixtures/tiny-web-worker.mjs");
const port = 40_000 + (process.pid % 5_000);
let tier: WebCluster | undefined;

afterEach(async () => {
  await tier?.stop();
  tier = undefined;
});

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("startWebCluster", () => {
  it("runs N workers on one port, background work in exactly one, and replaces a worker killed with SIGKILL", async () => {
    tier = startWebCluster({ count: 2, port, nodeArgs: [], env: { ...process.env, CRASH_AT_START: "0" }, onGiveUp: () => {}, exec, execArgv: [] });
    await tier.ready;
    const seen = new Map<number, string>();
    await until(async () => {
      const body = (await (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } })).json()) as { pid: number; background: string };
      seen.set(body.pid, body.background);
      return seen.size === 2 ? true : undefined;
    });
    expect([...seen.values()].sort()).toEqual(["off", "on"]);

    const [first] = tier.pids();
    process.kill(first!, "SIGKILL");
    const replaced = await until(() => {
      const pid = tier!.pids()[0];
      return pid && pid !== first ? pid : undefined;
    });
    const answers = await until(async () => {
      const body = (await (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } })).json()) as { pid: number };
      return body.pid === replaced ? body : undefined;
    });
    expect(answers.pid).toBe(replaced);
  });

  it("gives up when a worker keeps dying at start, instead of serving half", async () => {
    let reason = "";
    tier = startWebCluster({ count: 1, port: port + 1, nodeArgs: [], env: { ...process.env, CRASH_AT_START: "1" }, onGiveUp: (why) => (reason = why), exec, execArgv: [], backoffMs: 20 });
    await until(() => (reason ? true : undefined));
    expect(reason).toMatch(/died 6 times in a row \(last: exit 3\)/);
  });
});
