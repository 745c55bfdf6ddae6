import { describe, expect, it } from "vitest";
import { serverTimingHeader, timed, withRequestTimings } from "./server-timing";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const metric = (header: string, name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(header)?.[1]);

describe("Server-Timing", () => {
  it("is absent outside a request and times nothing there", async () => {
    expect(await timed("db", async () => 42)).toBe(42);
    expect(serverTimingHeader()).toBeUndefined();
  });

  it("adds database and session time per request; a query inside the session check counts as auth only", async () => {
    const header = await withRequestTimings(async () => {
      await timed("auth", async () => {
        await timed("db", () => sleep(15));
      });
      await Promise.all([timed("db", () => sleep(10)), timed("db", () => sleep(10))]);
      return serverTimingHeader()!;
    });
    expect(header).toMatch(/^db;dur=[\d.]+;desc="database \(2 queries\)", auth;dur=[\d.]+;desc="session check", render;dur=[\d.]+;desc="render \(to first byte\)", total;dur=[\d.]+$/);
    // Timers may fire a little early: the bounds leave room for that, not for a missed query.
    expect(metric(header, "auth")).toBeGreaterThanOrEqual(12);
    expect(metric(header, "db")).toBeGreaterThanOrEqual(16);
    expect(metric(header, "total")).toBeGreaterThanOrEqual(metric(header, "auth"));
  });

  it("keeps concurrent requests apart", async () => {
    const [a, b] = await Promise.all([
      withRequestTimings(async () => {
        await timed("db", () => sleep(5));
        return serverTimingHeader()!;
      }),
      withRequestTimings(async () => serverTimingHeader()!),
    ]);
    expect(a).toContain('desc="database (1 queries)"');
    expect(b).toContain('desc="database (0 queries)"');
  });
});
