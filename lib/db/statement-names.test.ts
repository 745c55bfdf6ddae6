import { describe, expect, it } from "vitest";
import { createStatementNamer } from "./statement-names";

describe("createStatementNamer", () => {
  const cases: { name: string; limit: number; sqls: string[]; expectNamed: boolean[]; expectSameAsFirst?: boolean[] }[] = [
    { name: "the same text gets the same name", limit: 10, sqls: ["SELECT 1", "SELECT 1"], expectNamed: [true, true], expectSameAsFirst: [true, true] },
    { name: "another text gets another name", limit: 10, sqls: ["SELECT 1", "SELECT 2"], expectNamed: [true, true], expectSameAsFirst: [true, false] },
    { name: "past the cap a new text runs unnamed", limit: 2, sqls: ["SELECT 1", "SELECT 2", "SELECT 3"], expectNamed: [true, true, false] },
    { name: "past the cap a known text keeps its name", limit: 2, sqls: ["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 1"], expectNamed: [true, true, false, true], expectSameAsFirst: [true, false, false, true] },
  ];
  it.each(cases)("$name", ({ limit, sqls, expectNamed, expectSameAsFirst }) => {
    const name = createStatementNamer(limit);
    const names = sqls.map((sql) => name({ sql }));
    expect(names.map((n) => typeof n === "string")).toEqual(expectNamed);
    if (expectSameAsFirst) expect(names.map((n) => n === names[0])).toEqual(expectSameAsFirst);
    // PostgreSQL truncates identifiers at 63 bytes: two names must not meet there.
    for (const n of names) if (n) expect(n.length).toBeLessThanOrEqual(63);
  });
});
