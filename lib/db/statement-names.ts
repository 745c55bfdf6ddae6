import { createHash } from "node:crypto";

/**
 * Names for the SQL statements Prisma sends, so node-postgres prepares each once per connection
 * and PostgreSQL can keep its plan. Unnamed, every statement was parsed and planned on every run:
 * the session lookup and the health-data subjects query spent 2.5–2.8 ms each in the planner per
 * page view (pg_stat_statements under `npm run bench:claims`), several times their execution.
 *
 * A connection keeps every statement it prepared, so the number of names is capped: statements
 * whose text varies with their input (a VALUES list per row of a createMany) would otherwise
 * grow each connection without end. Past the cap, new texts run unnamed, as before.
 */
export const MAX_NAMED_STATEMENTS = 500;

export function createStatementNamer(limit = MAX_NAMED_STATEMENTS): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    const name = `prisma_${createHash("sha256").update(sql).digest("base64url").slice(0, 24)}`;
    names.set(sql, name);
    return name;
  };
}
