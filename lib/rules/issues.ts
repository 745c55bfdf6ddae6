import type { z } from "zod";

export interface InputIssue {
  /** Dotted path to the offending value, e.g. "claim.lines.0.amountMinor"; "" for the root. */
  path: string;
  message: string;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join(".");
}

/**
 * Turns zod issues into a flat list with every offending path, descending into union
 * branches so the reader sees the concrete problem rather than "invalid input".
 */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest: the one whose issues lie deepest, then the fewest.
      const depth = (branch: readonly z.core.$ZodIssue[]) => Math.max(0, ...branch.map((i) => i.path.length));
      let best = issue.errors[0] ?? [];
      for (const branch of issue.errors) {
        if (depth(branch) > depth(best) || (depth(branch) === depth(best) && branch.length < best.length)) best = branch;
      }
      if (best.length > 0) {
        out.push(...formatZodIssues(best, path));
        continue;
      }
    }
    out.push({ path: describePath(path), message: issue.message });
  }
  return out;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Validates without throwing: the caller gets either the parsed value or every issue. */
export function safeParseWithIssues<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: formatZodIssues(result.error.issues) };
}
