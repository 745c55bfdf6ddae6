import { describe, expect, it } from "vitest";
import da from "./messages/da";
import en from "./messages/en";

type Tree = { [key: string]: unknown };

/** Flattens a message tree to "namespace.key.sub" → value. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** ICU argument names ({name}, {count, plural, …}) and rich-text tags (<strong>) used by a message. */
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]);
  const tags = [...message.matchAll(/<\/?([A-Za-z0-9_]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].filter((x): x is string => Boolean(x)).sort();
}

const daFlat = flatten(da as Tree);
const enFlat = flatten(en as Tree);

describe("messages", () => {
  it("have the same namespaces in Danish and English", () => {
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
  });

  it("have exactly the same keys in Danish and English", () => {
    const daKeys = [...daFlat.keys()].sort();
    const enKeys = [...enFlat.keys()].sort();
    expect(daKeys.filter((k) => !enFlat.has(k)), "keys missing in English").toEqual([]);
    expect(enKeys.filter((k) => !daFlat.has(k)), "keys missing in Danish").toEqual([]);
  });

  it.each([
    ["da", daFlat],
    ["en", enFlat],
  ] as const)("%s: every value is a non-empty string", (_locale, flat) => {
    const bad = [...flat].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it("use the same placeholders and tags in both languages", () => {
    const mismatched = [...daFlat]
      .filter(([k, v]) => typeof v === "string" && typeof enFlat.get(k) === "string")
      .filter(([k, v]) => placeholders(v as string).join() !== placeholders(enFlat.get(k) as string).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
