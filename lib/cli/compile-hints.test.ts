import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

let dist: string | undefined;
afterEach(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

/** A fake `.next` with the given files under static/chunks (path → content). */
function buildWith(files: Record<string, string>): string {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dist, "static", "chunks", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dist;
}

const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, "static", "chunks", name), "utf8");

describe("addCompileHints", () => {
  it.each([
    { case: "a chunk gets the hint on its first line", name: "a1b2.js", before: "(globalThis.TURBOPACK||[]).push([])", after: `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([])`, changed: 1 },
    { case: "a chunk in a sub-folder (webpack's app/…) too", name: "app/page-1.js", before: "x()", after: `${COMPILE_HINT}x()`, changed: 1 },
    { case: "a chunk that has it is left alone", name: "c3.js", before: `${COMPILE_HINT}y()`, after: `${COMPILE_HINT}y()`, changed: 0 },
    { case: "a stylesheet is not a script", name: "d4.css", before: "body{margin:0}", after: "body{margin:0}", changed: 0 },
  ])("$case", ({ name, before, after, changed }) => {
    const dir = buildWith({ [name]: before });
    expect(addCompileHints(dir)).toBe(changed);
    expect(read(dir, name)).toBe(after);
  });

  it("is idempotent: a second run changes nothing", () => {
    const dir = buildWith({ "e5.js": "z()", "f6.js": "w()" });
    expect(addCompileHints(dir)).toBe(2);
    expect(addCompileHints(dir)).toBe(0);
    expect(read(dir, "e5.js")).toBe(`${COMPILE_HINT}z()`);
  });

  it("does nothing for a build without browser chunks", () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
    expect(addCompileHints(dist)).toBe(0);
  });
});
