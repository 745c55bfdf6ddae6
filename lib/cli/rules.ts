/**
 * Command line for product people:
 *   npm run rules -- evaluate <case.json>   one case or an array of cases → decisions as JSON
 *   npm run rules -- schema                 JSON Schema of the case input and the decision output
 * Bad input prints every offending path and exits with status 1; never a stack trace.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseAndEvaluateClaim } from "../rules/evaluate";
import { claimCaseFileSchema } from "../rules/schema/claimCase";
import { claimDecisionSchema } from "../rules/schema/decision";
import type { InputIssue } from "../rules/issues";

const USAGE = "usage: rules evaluate <case.json> | rules schema";

// Piping into `head` closes stdout early; that is the reader being done, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function fail(message: string, issues: InputIssue[] = []): never {
  process.stderr.write(message + "\n");
  for (const issue of issues) process.stderr.write(`  ${issue.path === "" ? "(root)" : issue.path}: ${issue.message}\n`);
  process.exit(1);
}

function evaluateFile(file: string | undefined): void {
  if (file === undefined) fail(USAGE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const cases = Array.isArray(json) ? json : [json];
  const decisions: unknown[] = [];
  const problems: InputIssue[] = [];
  cases.forEach((input, index) => {
    const result = parseAndEvaluateClaim(input);
    if (result.ok) decisions.push(result.value);
    else {
      const prefix = Array.isArray(json) ? `[${index}]` : "";
      for (const issue of result.issues) problems.push({ path: prefix + (prefix && issue.path ? "." : "") + issue.path, message: issue.message });
    }
  });
  if (problems.length > 0) fail(`${file}: the case does not match the schema (${problems.length} problem${problems.length === 1 ? "" : "s"}):`, problems);
  process.stdout.write(JSON.stringify(Array.isArray(json) ? decisions : decisions[0], null, 2) + "\n");
}

function printSchema(): void {
  const schema = {
    caseInput: z.toJSONSchema(claimCaseFileSchema, { io: "input", unrepresentable: "any" }),
    decisionOutput: z.toJSONSchema(claimDecisionSchema, { io: "output", unrepresentable: "any" }),
  };
  process.stdout.write(JSON.stringify(schema, null, 2) + "\n");
}

const [command, ...rest] = process.argv.slice(2);
if (command === "evaluate") evaluateFile(rest[0]);
else if (command === "schema") printSchema();
else fail(USAGE);
