import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's own schema engine compiled to WebAssembly: `prisma migrate` cannot download its
 * native binary on these machines, but this does the same work through the pg driver adapter.
 */
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const bytes = fs.readFileSync(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(bg) });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/**
 * The engine arms 10 s timers (timeouts it races operations against) and never clears them,
 * so a finished CLI or test run would idle 10 s before exiting. Unref'd, they no longer keep
 * Node alive; they still fire while the process has other work.
 */
function withUnrefTimers(module: typeof bg): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      imports[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | undefined)?.unref?.();
        return timer;
      };
    }
  }
  return imports as WebAssembly.ModuleImports;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

interface PerformsIO {
  performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
}

/**
 * The engine's catalogue queries select `"char"` columns (e.g. pg_constraint.contype), which
 * @prisma/adapter-pg 7.10 rejects by OID even for empty results. Reading them as text is exact.
 */
function readCharAsText<T>(adapter: T): T {
  const io = adapter as unknown as PerformsIO;
  const performIO = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  if (io.startTransaction) {
    const startTransaction = io.startTransaction.bind(io);
    io.startTransaction = async (...args) => readCharAsText(await startTransaction(...args));
  }
  return adapter;
}

interface RunsScripts {
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
}

/**
 * @prisma/adapter-pg 7.10 runs a migration script by splitting it on every ";", also inside a
 * $$-quoted function body, so a plpgsql function (e.g. the trigger function of the old migration
 * 20261121110815_person_data_version, still replayed on every fresh database) cannot be migrated.
 * Sent whole, PostgreSQL's simple query protocol runs the statements in order in one implicit
 * transaction, as the native schema engine does.
 */
function executeScriptWhole<T>(adapter: T): T {
  const io = adapter as unknown as RunsScripts;
  io.executeScript = async (script) => {
    try {
      await io.underlyingDriver().query(script);
    } catch (error) {
      io.onError(error);
    }
  };
  return adapter;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  close: () => Promise<void>;
}

export async function openSchemaEngine(connectionString: string, datamodel: { path: string; content: string }): Promise<OpenSchemaEngine> {
  await loadWasm();
  const inner = new PrismaPg({ connectionString });
  // Keep every adapter the engine opens so their pools can be closed; otherwise Node waits ~10 s.
  const opened: { dispose: () => Promise<void> }[] = [];
  const adapterFactory = {
    provider: inner.provider as typeof inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = executeScriptWhole(readCharAsText(await inner.connect()));
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = executeScriptWhole(readCharAsText(await inner.connectToShadowDb()));
      opened.push(adapter);
      return adapter;
    },
  };
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
