import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { captureResponse, type CapturedResponse } from "./capture-response";

let close: (() => void) | undefined;
afterEach(() => close?.());

/** Runs `respond` behind a real HTTP server and gives what the capture kept. */
async function captured(respond: (res: ServerResponse) => void, maxBytes = 1024 * 1024): Promise<{ kept: CapturedResponse | null; received: Buffer }> {
  let kept: CapturedResponse | null | undefined;
  const server = createServer((_req, res) => {
    const finished = captureResponse(res, maxBytes);
    res.once("finish", () => {
      kept = finished();
    });
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { redirect: "manual" });
  const received = Buffer.from(await response.arrayBuffer());
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { kept: kept ?? null, received };
}

describe("captureResponse", () => {
  it("keeps a streamed HTML page byte for byte, without per-connection headers", async () => {
    const { kept, received } = await captured((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("cache-control", "private, no-store");
      res.write("<!DOCTYPE html><p>æøå ");
      res.write(Buffer.from("chunk "));
      res.end("end</p>");
    });
    expect(kept?.body.toString()).toBe("<!DOCTYPE html><p>æøå chunk end</p>");
    expect(kept?.body.equals(received)).toBe(true);
    expect(Object.fromEntries(kept?.headers ?? [])).toEqual({ "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" });
  });

  it("keeps headers given to writeHead", async () => {
    const { kept } = await captured((res) => {
      res.writeHead(200, { "content-type": "text/html", vary: "RSC" });
      res.end("<p>x</p>");
    });
    expect(Object.fromEntries(kept?.headers ?? [])).toMatchObject({ "content-type": "text/html", vary: "RSC" });
  });

  it("keeps compressed bytes as sent, with their encoding", async () => {
    const zipped = gzipSync("<p>compressed</p>");
    const { kept } = await captured((res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("content-encoding", "gzip");
      res.end(zipped);
    });
    expect(kept?.body.equals(zipped)).toBe(true);
    expect(Object.fromEntries(kept?.headers ?? [])["content-encoding"]).toBe("gzip");
  });

  it.each<[string, (res: ServerResponse) => void]>([
    ["a 404", (res) => { res.statusCode = 404; res.setHeader("content-type", "text/html"); res.end("<p>not found</p>"); }],
    ["a redirect", (res) => { res.writeHead(307, { location: "/login", "content-type": "text/html" }); res.end(); }],
    ["a response setting a cookie", (res) => { res.setHeader("content-type", "text/html"); res.setHeader("set-cookie", "a=b"); res.end("<p>x</p>"); }],
    ["a non-HTML answer", (res) => { res.setHeader("content-type", "application/json"); res.end("{}"); }],
    ["a page over the size limit", (res) => { res.setHeader("content-type", "text/html"); res.write("x".repeat(600)); res.end("y".repeat(600)); }],
  ])("does not keep %s", async (_name, respond) => {
    const { kept } = await captured(respond, 1000);
    expect(kept).toBeNull();
  });
});
