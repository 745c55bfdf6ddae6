import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../../audit/audit";
import { createSession } from "../../auth/sessions";
import { createClaim, family, otherMember } from "../../claims/follow-up.fixtures";
import { testDb } from "../../testing/db";
import { createPageCache } from "./page-cache";
import { noteRenderFailure } from "./render-record";

/**
 * The cache in front of a stand-in for Next.js that renders from the real database (the claims it
 * may show) and audits like the detail page does, so every hit and miss can be told apart.
 */
const SECRET = "page-cache-integration-test-secret-0123456789";
const COOKIE = "portal.session";
let renders = 0;
let server: Server;
let baseUrl: string;
let cache: ReturnType<typeof createPageCache>;

async function render(req: IncomingMessage, res: ServerResponse): Promise<void> {
  renders += 1;
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname.endsWith("00000000-0000-4000-8000-000000000404")) {
    res.statusCode = 404;
    res.setHeader("content-type", "text/html");
    res.end("<p>not found</p>");
    return;
  }
  const userId = String(req.headers["x-test-user"]);
  const [row] = await testDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Claim" c JOIN "User" u ON u.id = ${userId}::uuid
    WHERE c."personId" IN (SELECT mate."personId" FROM "Enrolment" own JOIN "Enrolment" mate ON mate."policyId" = own."policyId" WHERE own."personId" = u."personId")`;
  const detailId = /\/member\/claims\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
  if (detailId) await writeAudit(testDb(), { actorUserId: userId, action: "claim.read", subjectType: "Claim", subjectId: detailId, ip: "render" });
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.write(`<p>${req.url} render ${renders} `);
  // An error inside a boundary after the 200 went out, reported as Next.js does (instrumentation.ts).
  if (url.searchParams.has("boundaryError")) noteRenderFailure();
  res.end(`claims ${row?.count} locale ${/NEXT_LOCALE=(\w+)/.exec(req.headers.cookie ?? "")?.[1] ?? "-"}</p>`);
}

beforeAll(async () => {
  cache = createPageCache({ db: testDb(), maxBytes: 1024 * 1024, ttlMs: 60_000, cookieName: COOKIE, localeCookieName: "NEXT_LOCALE", secret: SECRET });
  server = createServer((req, res) => void cache.handle(req, res, render));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function signIn(userId: string) {
  const session = await createSession(testDb(), userId, { ip: "127.0.0.1" });
  const token = await encode({ token: { sid: session.id }, secret: SECRET, salt: COOKIE, maxAge: 3600 });
  return { session, cookie: `${COOKIE}=${token}`, userId };
}

async function get(path: string, who: { cookie: string; userId: string }, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: who.cookie, "x-test-user": who.userId, ...headers } });
  return { status: response.status, cache: response.headers.get("x-portal-cache"), body: await response.text() };
}

describe("page cache", () => {
  it("serves a page again from memory until something the member could see changes", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);

    const first = await get("/member/claims", mette);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(first.body).toContain("claims 0");
    const again = await get("/member/claims", mette);
    expect(again).toMatchObject({ status: 200, cache: "hit", body: first.body });

    // Another family's claim changes nothing here.
    const other = await otherMember();
    await createClaim({ policyId: other.policy.id, personId: other.person.id, submittedById: other.user.id });
    expect((await get("/member/claims", mette)).cache).toBe("hit");

    // A claim for Mette's child does.
    const childClaim = await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id });
    const afterClaim = await get("/member/claims", mette);
    expect(afterClaim.cache).toBe("miss");
    expect(afterClaim.body).toContain("claims 1");
    expect((await get("/member/claims", mette)).cache).toBe("hit");

    // So does a handler's decision on it (an event and a status change).
    await testDb().claimEvent.create({ data: { claimId: childClaim.id, kind: "DECIDED" } });
    expect((await get("/member/claims", mette)).cache).toBe("miss");
    await testDb().claim.update({ where: { id: childClaim.id }, data: { status: "DECIDED" } });
    expect((await get("/member/claims", mette)).cache).toBe("miss");

    // And the member's own account (name shown in the header).
    await testDb().user.update({ where: { id: f.mainUser.id }, data: { displayName: "Mette J." } });
    expect((await get("/member/claims", mette)).cache).toBe("miss");
  });

  it("keeps users, URLs and languages apart", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);
    const lars = await signIn(f.spouseUser.id);
    expect((await get("/member/claims?status=PAID", mette)).cache).toBe("miss");
    expect((await get("/member/claims?status=PAID", lars)).cache).toBe("miss");
    expect((await get("/member/claims?status=IN_REVIEW", mette)).cache).toBe("miss");
    const english = await get("/member/claims?status=PAID", mette, { cookie: `${mette.cookie}; NEXT_LOCALE=en` });
    expect(english.cache).toBe("miss");
    expect(english.body).toContain("locale en");
    expect((await get("/member/claims?status=PAID", mette)).body).toContain("locale -");
    expect((await get("/member/claims?status=PAID", lars)).cache).toBe("hit");
  });

  it("writes the page's audit rows again on every hit, with the new request's address", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);
    const claim = await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id });
    const path = `/member/claims/${claim.id}`;
    expect((await get(path, mette)).cache).toBe("miss");
    expect((await get(path, mette, { "x-forwarded-for": "203.0.113.7" })).cache).toBe("hit");
    const audits = await testDb().auditEvent.findMany({ where: { subjectId: claim.id, action: "claim.read" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => [audit.actorUserId, audit.ip])).toEqual([
      [f.mainUser.id, "render"],
      [f.mainUser.id, "203.0.113.7"],
    ]);
  });

  it("never serves a signed-out, revoked, timed-out or disabled session from memory", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);
    await get("/member/claims", mette);
    expect((await get("/member/claims", mette)).cache).toBe("hit");

    expect((await get("/member/claims", { cookie: "", userId: f.mainUser.id })).cache).toBeNull();
    expect((await get("/member/claims", { cookie: `${COOKIE}=garbage`, userId: f.mainUser.id })).cache).toBeNull();

    await testDb().session.update({ where: { id: mette.session.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect((await get("/member/claims", mette)).cache).toBeNull();

    const again = await signIn(f.mainUser.id);
    await get("/member/claims", again);
    await testDb().session.update({ where: { id: again.session.id }, data: { revokedAt: new Date() } });
    expect((await get("/member/claims", again)).cache).toBeNull();

    const third = await signIn(f.mainUser.id);
    await get("/member/claims", third);
    expect((await get("/member/claims", third)).cache).toBe("hit");
    await testDb().$executeRaw`UPDATE "User" SET "disabledAt" = now() WHERE id = ${f.mainUser.id}::uuid`;
    expect((await get("/member/claims", third)).cache).toBeNull();
  });

  it("records activity on a hit as a render would (lastSeenAt at most once a minute)", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);
    await get("/member/claims", mette);
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    await testDb().session.update({ where: { id: mette.session.id }, data: { lastSeenAt: twoMinutesAgo } });
    expect((await get("/member/claims", mette)).cache).toBe("hit");
    const session = await testDb().session.findUniqueOrThrow({ where: { id: mette.session.id } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });

  it("leaves client navigations, other pages and failed renders to Next.js every time", async () => {
    const f = await family();
    const mette = await signIn(f.mainUser.id);
    for (let i = 0; i < 2; i++) {
      expect((await get("/member/claims", mette, { rsc: "1" })).cache).toBeNull();
      expect((await get("/member/claims/new", mette)).cache).toBeNull();
      const missing = await get("/member/claims/00000000-0000-4000-8000-000000000404", mette);
      expect(missing).toMatchObject({ status: 404, cache: "miss" });
    }
    for (let i = 0; i < 2; i++) {
      const withError = await get("/member/claims?boundaryError=1", mette);
      expect(withError).toMatchObject({ status: 200, cache: "miss" });
    }
    const before = cache.stats();
    await get("/member", mette);
    expect(cache.stats().bypassed).toBe(before.bypassed + 1);
  });
});
