import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface CapturedResponse {
  status: number;
  headers: [string, string | number | string[]][];
  body: Buffer;
}

// Per connection or per response; a replay sets its own.
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-portal-cache"]);

/**
 * Tees what is written to `res` (after Next.js's own compression) so the finished response can be
 * kept. Returns a function that gives the response once it has finished, or null when it must not
 * be kept: not a 200 HTML page, a cookie being set, or larger than `maxBytes`.
 */
export function captureResponse(res: ServerResponse, maxBytes: number): () => CapturedResponse | null {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let headHeaders: OutgoingHttpHeaders | undefined;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      tooLarge = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };

  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    if (headers) headHeaders = headers as OutgoingHttpHeaders;
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse["writeHead"];

  return () => {
    if (tooLarge || res.statusCode !== 200) return null;
    const headers: Record<string, string | number | string[]> = {};
    for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headHeaders })) {
      if (value !== undefined) headers[name.toLowerCase()] = value;
    }
    if (headers["set-cookie"] !== undefined || !String(headers["content-type"] ?? "").startsWith("text/html")) return null;
    return {
      status: res.statusCode,
      headers: Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name)),
      body: Buffer.concat(chunks),
    };
  };
}
