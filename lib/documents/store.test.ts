import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { documentStore, FileSystemDocumentStore, isStorageKey, shardedPath } from "./store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "store-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const store = new FileSystemDocumentStore(path.join(dir, "documents"));

async function read(stream: Readable): Promise<string> {
  let out = "";
  for await (const chunk of stream) out += chunk.toString();
  return out;
}

describe("FileSystemDocumentStore", () => {
  it("stores under a generated uuid v4 key, sharded by its first characters", async () => {
    const key = await store.putStream(Readable.from([Buffer.from("hej")]));
    expect(isStorageKey(key)).toBe(true);
    const file = shardedPath(store.root, key);
    expect(path.relative(store.root, file).split(path.sep)).toEqual([key.slice(0, 2), key.slice(2, 4), key]);
    expect(await read(store.openReadStream(key))).toBe("hej");
    expect(fs.readdirSync(path.join(store.root, "tmp"))).toEqual([]);
  });

  it("moves a staged file in and deletes it again (deleting twice is fine)", async () => {
    const temp = await store.tempPath();
    fs.writeFileSync(temp, "faktura");
    const key = await store.putFile(temp);
    expect(fs.existsSync(temp)).toBe(false);
    expect(await store.exists(key)).toBe(true);
    await store.delete(key);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
  });

  it.each([["../../etc/passwd"], ["faktura.pdf"], [""], ["01a1fd64-89e0-701d-ada9-93c5640dcc4a"]])("refuses a key it did not generate: %s", (key) => {
    expect(() => store.openReadStream(key)).toThrow("Invalid document storage key");
  });

  it("lives under DATA_DIR/documents, never in public/", () => {
    const before = process.env.DATA_DIR;
    process.env.DATA_DIR = path.join(dir, "data");
    resetEnvCache();
    try {
      expect(documentStore().root).toBe(path.join(dir, "data", "documents"));
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
      resetEnvCache();
    }
  });
});
