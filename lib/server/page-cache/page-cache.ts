import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { writeAudit, type AuditEntry } from "../../audit/audit";
import { clientIp } from "../../auth/request-meta";
import { sessionState, touchSession } from "../../auth/sessions";
import type { Db } from "../../db/client";
import { readSessionFingerprint, type SessionFingerprint } from "../../db/person-data-version";
import { copenhagenDay } from "../../i18n/format";
import { cacheablePage } from "./cacheable-page";
import { captureResponse, type CapturedResponse } from "./capture-response";
import { recordRender, type RenderRecord } from "./render-record";
import { createSessionCookieReader } from "../../auth/session-cookie";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

interface CachedPage extends CapturedResponse {
  fingerprint: string;
  audits: AuditEntry[];
}

export interface PageCacheOptions {
  db: Db;
  maxBytes: number;
  ttlMs: number;
  cookieName: string;
  localeCookieName: string;
  secret: string;
  /** One page larger than this is not kept. */
  maxPageBytes?: number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  bypassed: number;
  entries: number;
  bytes: number;
}

/**
 * A per-user cache of rendered claim pages in front of Next.js (ADR 0011). Every request still
 * proves its session against the database, in the same query that reads the fingerprint of all
 * data the page may show (the user row and the data versions of everyone on the user's policies,
 * kept by triggers). A page is served from memory only when that fingerprint, the URL, locale,
 * encoding and day are unchanged since it was rendered, and the audit rows its render wrote are
 * written again, for this request. Anything else — signed out, timed out, client navigations,
 * other pages, errors — goes to Next.js untouched.
 */
export function createPageCache(options: PageCacheOptions) {
  const maxPageBytes = options.maxPageBytes ?? 1024 * 1024;
  const store = new LRUCache<string, CachedPage>({
    maxSize: options.maxBytes,
    sizeCalculation: (page) => page.body.length + 1024,
    ttl: options.ttlMs,
  });
  const readCookie = createSessionCookieReader(options);
  const stats = { hits: 0, misses: 0, bypassed: 0 };

  type Plan = { kind: "bypass" } | { kind: "render" | "serve"; key: string; sessionId: string; fingerprint: SessionFingerprint; stale: boolean; cached?: CachedPage };

  async function plan(req: IncomingMessage, now: Date): Promise<Plan> {
    const { sessionId, locale } = await readCookie(req.headers.cookie);
    const page = sessionId ? cacheablePage(req, locale) : null;
    if (!page || !sessionId) return { kind: "bypass" };
    const fingerprint = await readSessionFingerprint(options.db, sessionId);
    const state = fingerprint ? sessionState(fingerprint, now) : "ended";
    // Signed out or timed out: Next.js revokes, redirects or renders as it always does.
    if (!fingerprint || state === "ended" || state === "timed-out") return { kind: "bypass" };
    const key = `${fingerprint.userId}\n${page.url}\n${page.variant}\n${copenhagenDay(now)}`;
    const cached = store.get(key);
    const fresh = cached && cached.fingerprint === fingerprint.fingerprint ? cached : undefined;
    return { kind: fresh ? "serve" : "render", key, sessionId, fingerprint, stale: state === "stale", cached: fresh };
  }

  async function serve(req: IncomingMessage, res: ServerResponse, cached: CachedPage, sessionId: string, stale: boolean, now: Date): Promise<void> {
    const ip = clientIp(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "") }));
    await Promise.all([
      ...cached.audits.map((entry) => writeAudit(options.db, { ...entry, ip })),
      stale ? touchSession(options.db, sessionId, now) : undefined,
    ]);
    res.statusCode = cached.status;
    for (const [name, value] of cached.headers) res.setHeader(name, value);
    res.setHeader("content-length", cached.body.length);
    res.setHeader("x-portal-cache", "hit");
    res.end(cached.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<void> {
    const now = new Date();
    const decided = await plan(req, now).catch((error: unknown): Plan => {
      console.error("[page-cache] lookup failed, rendering instead:", error instanceof Error ? error.message : error);
      return { kind: "bypass" };
    });
    if (decided.kind === "bypass") {
      stats.bypassed += 1;
      return next(req, res);
    }
    if (decided.kind === "serve" && decided.cached) {
      try {
        await serve(req, res, decided.cached, decided.sessionId, decided.stale, now);
        stats.hits += 1;
        return;
      } catch (error) {
        // No audit row, no page: Next.js renders (and audits) instead.
        console.error("[page-cache] replay failed, rendering instead:", error instanceof Error ? error.message : error);
        if (res.headersSent) return;
      }
    }

    stats.misses += 1;
    const record: RenderRecord = { audits: [] };
    const finished = captureResponse(res, maxPageBytes);
    res.once("finish", () => {
      const response = finished();
      // A moment later, so an error reported at the very end of the render is seen first.
      setImmediate(() => {
        if (response && !record.failed) store.set(decided.key, { ...response, fingerprint: decided.fingerprint.fingerprint, audits: record.audits });
      });
    });
    res.setHeader("x-portal-cache", "miss");
    await recordRender(record, () => next(req, res));
  }

  return {
    handle,
    stats: (): PageCacheStats => ({ ...stats, entries: store.size, bytes: store.calculatedSize }),
    clear: () => store.clear(),
  };
}
