import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import semver from "semver";
import { afterAll, describe, expect, it } from "vitest";
import { installedPackages, match, type Advisory } from "./audit-deps";
import snapshot from "./audit-advisories.json";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "audit-deps-"));
function install(dir: string, name: string, version: string): void {
  fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, dir, "package.json"), JSON.stringify({ name, version }));
}
install("node_modules/next", "next", "15.2.2");
install("node_modules/@scope/lib", "@scope/lib", "1.0.0");
install("node_modules/@scope/lib/node_modules/cookie", "cookie", "0.6.0");
install("node_modules/cookie", "cookie", "1.1.1");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const advisory = (range: string, severity: Advisory["severity"] = "high"): Advisory => ({ id: "GHSA-test", url: "https://example.test", title: "t", severity, vulnerable_versions: range });

describe("installedPackages", () => {
  it("finds scoped and nested copies with their folders", () => {
    const found = installedPackages(root);
    expect([...found.get("cookie")!.entries()].sort()).toEqual([
      ["0.6.0", ["node_modules/@scope/lib/node_modules/cookie"]],
      ["1.1.1", ["node_modules/cookie"]],
    ]);
    expect(found.get("@scope/lib")?.has("1.0.0")).toBe(true);
  });
});

describe("match", () => {
  const installed = installedPackages(root);
  it.each([
    ["next", "<15.2.3", 1],
    ["next", ">=16.0.0 <16.0.7", 0],
    ["cookie", "<0.7.0", 1],
    ["cookie", "<2.0.0", 2],
    ["absent", "*", 0],
  ])("%s %s → %i finding(s)", (name, range, count) => {
    expect(match(installed, { [name]: [advisory(range)] })).toHaveLength(count);
  });

  it("the vendored snapshot flags a known-vulnerable tree (Next.js 15.2.2: the middleware bypass) and sorts by severity", () => {
    const findings = match(installed, snapshot.advisories as Record<string, Advisory[]>);
    expect(findings.map((f) => f.id)).toContain("GHSA-f82v-jwr5-mffw");
    expect(findings.map((f) => `${f.package}@${f.version}`)).toContain("cookie@0.6.0");
    expect(findings[0]!.severity).toBe("critical");
  });

  it("every snapshot entry has a GHSA id, a URL and a valid semver range", () => {
    for (const list of Object.values(snapshot.advisories)) {
      for (const entry of list) {
        expect(entry.id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
        expect(entry.url).toBe(`https://github.com/advisories/${entry.id}`);
        expect(semver.validRange(entry.vulnerable_versions), entry.vulnerable_versions).not.toBeNull();
      }
    }
  });
});
