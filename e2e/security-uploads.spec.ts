import http from "node:http";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { buildCorpus, type CorpusFile } from "../lib/testing/hostile-corpus/corpus";
import { expect, signIn, test } from "./support/fixtures";

/**
 * The hostile-upload corpus (lib/testing/hostile-corpus, ≥ 100 files) through the real upload
 * route, as a signed-in member: each file's status and message key, and for accepted ones the
 * stored type and name and the download's name; then the bombs while /api/health is polled.
 * Anders (another policy) uploads, so the pending-upload limit of the claim specs' members is untouched.
 */
test.use({ autoAxe: false }); // no pages here beyond the sign-in; the API answers are the subject

interface Answer {
  status: number;
  body: { document?: { id: string; mimeType: string; originalName: string }; error?: { messageKey: string } };
}

function cookieHeader(cookies: { name: string; value: string }[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Raw upload with node:http, so a chunked body (no Content-Length) can be sent too. */
function upload(baseURL: string, cookie: string, file: Pick<CorpusFile, "name" | "bytes" | "chunked">): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { cookie, "x-file-name": encodeURIComponent(file.name), "content-type": "application/octet-stream" };
    if (!file.chunked) headers["content-length"] = String(file.bytes.length);
    const request = http.request(new URL("/api/documents", baseURL), { method: "POST", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Answer["body"] });
        } catch {
          resolve({ status: response.statusCode ?? 0, body: {} });
        }
      });
    });
    // The server may answer (413) before the body is sent; that is not a failure of the test.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (file.chunked) {
      for (let at = 0; at < file.bytes.length; at += 256 * 1024) request.write(file.bytes.subarray(at, at + 256 * 1024));
      request.end();
    } else request.end(file.bytes);
  });
}

async function signedIn(page: Page): Promise<string> {
  await signIn(page, DEMO_USERS.topUpMember.email, DEMO_PASSWORD);
  return cookieHeader(await page.context().cookies());
}

const corpusPromise = buildCorpus();

test("every file of the hostile-upload corpus gets its expected answer from POST /api/documents", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const corpus = await corpusPromise;
  const cookie = await signedIn(page);
  const wrong: string[] = [];
  let accepted = 0;
  for (const file of corpus.filter((f) => f.group !== "decompression bomb")) {
    const answer = await upload(baseURL!, cookie, file);
    const label = `${file.group}: ${file.id}`;
    if (!file.expected.accepted) {
      if (answer.status !== file.expected.status || answer.body.error?.messageKey !== file.expected.messageKey) wrong.push(`${label}: ${answer.status} ${answer.body.error?.messageKey ?? JSON.stringify(answer.body)}; expected ${file.expected.status} ${file.expected.messageKey}`);
      if (answer.body.document) wrong.push(`${label}: WRONGLY ACCEPTED`);
      continue;
    }
    const document = answer.body.document;
    if (answer.status !== 201 || !document) {
      wrong.push(`${label}: ${answer.status} ${answer.body.error?.messageKey ?? ""}; expected 201`);
      continue;
    }
    accepted += 1;
    if (document.mimeType !== file.expected.mimeType) wrong.push(`${label}: stored as ${document.mimeType}`);
    if (file.expected.storedName && document.originalName !== file.expected.storedName) wrong.push(`${label}: stored name ${JSON.stringify(document.originalName)}`);
    const download = await page.request.get(`/api/documents/${document.id}`);
    expect(download.headers()["content-type"]).toBe(file.expected.mimeType);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    const disposition = download.headers()["content-disposition"] ?? "";
    if (file.expected.downloadName && !disposition.includes(`filename*=UTF-8''${encodeURIComponent(file.expected.downloadName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`)) {
      wrong.push(`${label}: download ${disposition}`);
    }
    expect((await page.request.delete(`/api/documents/${document.id}`)).status()).toBe(204);
  }
  console.log(`[corpus] ${corpus.length} files (${corpus.length - corpus.filter((f) => f.group === "decompression bomb").length} here, the bombs in the next test); ${accepted} accepted as expected; wrong answers: ${wrong.length}`);
  expect(wrong).toEqual([]);
});

test("decompression and pixel bombs are refused while /api/health keeps answering within 200 ms", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const bombs = (await corpusPromise).filter((f) => f.group === "decompression bomb");
  const cookie = await signedIn(page);
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const started = performance.now();
      const response = await fetch(new URL("/api/health", baseURL), { signal: AbortSignal.timeout(5_000) });
      latencies.push(performance.now() - started);
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  // Two at a time, as the issue's 33 s freeze was two parallel bombs.
  const answers: [CorpusFile, Answer][] = [];
  for (let i = 0; i < bombs.length; i += 2) {
    const pair = bombs.slice(i, i + 2);
    answers.push(...(await Promise.all(pair.map(async (file) => [file, await upload(baseURL!, cookie, file)] as [CorpusFile, Answer]))));
  }
  polling = false;
  await poller;
  for (const [file, answer] of answers) {
    if (file.expected.accepted) {
      expect(answer.status, file.id).toBe(201);
      await page.request.delete(`/api/documents/${answer.body.document!.id}`);
    } else expect([answer.status, answer.body.error?.messageKey], file.id).toEqual([file.expected.status, file.expected.messageKey]);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const slowest = sorted[sorted.length - 1]!;
  console.log(`[corpus] ${bombs.length} bombs; /api/health answered ${latencies.length} times, p95 ${p95.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`);
  expect(latencies.length).toBeGreaterThan(5);
  // The health check answers within 200 ms while bombs are refused. The e2e server also serves the
  // other Playwright worker's pages, so one answer can wait behind a render (725 ms seen once in CI):
  // 95 % must be within 200 ms, and none may wait the seconds a bomb decoded on the event loop took (17 s).
  expect(p95).toBeLessThan(200);
  expect(slowest).toBeLessThan(1_500);
});
