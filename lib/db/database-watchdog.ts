import pg from "pg";

/**
 * Keeps the embedded PostgreSQL alive for `npm start`: if it stops answering (killed, crashed,
 * out of memory) for `failuresBeforeRestart` checks in a row, `restart` starts it again on the
 * same data directory. Without it every page answered 500 until a person restarted the app.
 * The web processes' connection pools reconnect by themselves once it is back.
 */
export function watchDatabase(options: {
  url: string;
  restart: () => Promise<void>;
  intervalMs?: number;
  failuresBeforeRestart?: number;
  log?: (line: string) => void;
}): { stop: () => void } {
  const interval = options.intervalMs ?? 2_000;
  const limit = options.failuresBeforeRestart ?? 3;
  let failures = 0;
  let busy = false;
  let stopped = false;

  async function check(): Promise<void> {
    if (busy || stopped) return;
    busy = true;
    try {
      if (await answers(options.url, interval)) {
        failures = 0;
        return;
      }
      failures += 1;
      if (failures < limit) return;
      options.log?.(`[db] PostgreSQL has not answered ${failures} checks in a row; restarting it`);
      await options.restart();
      failures = 0;
      options.log?.("[db] PostgreSQL restarted");
    } catch (error) {
      options.log?.(`[db] restart failed, trying again: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy = false;
    }
  }

  const timer = setInterval(() => void check(), interval);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
