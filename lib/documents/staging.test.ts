import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStagingFiles, stagingDir, stagingFileName } from "./staging";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function rootWith(names: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "staging-"));
  roots.push(root);
  fs.mkdirSync(stagingDir(root));
  for (const name of names) fs.writeFileSync(path.join(stagingDir(root), name), "x");
  return root;
}

describe("removeStagingFiles", () => {
  const files = [stagingFileName("a", 101), stagingFileName("b", 101), stagingFileName("c", 202), "keep.txt"];

  it.each([
    [101, 2, [stagingFileName("c", 202), "keep.txt"]],
    [202, 1, [stagingFileName("a", 101), stagingFileName("b", 101), "keep.txt"]],
    [1010, 0, files],
    [undefined, 3, ["keep.txt"]],
  ])("pid %s removes %i and leaves %j", (pid, removed, left) => {
    const root = rootWith(files);
    expect(removeStagingFiles(root, pid)).toBe(removed);
    expect(fs.readdirSync(stagingDir(root)).sort()).toEqual([...left].sort());
  });

  it("is 0 when there is no staging folder yet", () => {
    expect(removeStagingFiles(path.join(os.tmpdir(), "does-not-exist-staging"))).toBe(0);
  });

  it("names a file after the process receiving it", () => {
    expect(stagingFileName("id")).toBe(`id.${process.pid}.part`);
  });
});
