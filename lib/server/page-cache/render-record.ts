import { AsyncLocalStorage } from "node:async_hooks";
import type { AuditEntry } from "../../audit/audit";

/** What a page render did that a cache hit must do again. */
export interface RenderRecord {
  audits: AuditEntry[];
  /** An error was reported while rendering (e.g. in a boundary after the 200 was sent): never keep it. */
  failed?: boolean;
}

// Next.js bundles its own copy of lib/, so the render's writeAudit and the server's page cache are
// different module instances: they meet through one storage on globalThis.
const STORAGE_KEY = Symbol.for("member-portal.page-cache.render-record");

function storage(): AsyncLocalStorage<RenderRecord> {
  const holder = globalThis as { [STORAGE_KEY]?: AsyncLocalStorage<RenderRecord> };
  return (holder[STORAGE_KEY] ??= new AsyncLocalStorage<RenderRecord>());
}

export function recordRender<T>(record: RenderRecord, render: () => T): T {
  return storage().run(record, render);
}

/** Called by instrumentation.ts's onRequestError: the page may show an error boundary. */
export function noteRenderFailure(): void {
  const record = storage().getStore();
  if (record) record.failed = true;
}

/** Called by writeAudit: inside a recorded render the entry is kept for replay on every hit. */
export function noteAuditForReplay(entry: AuditEntry): void {
  storage().getStore()?.audits.push(entry);
}
