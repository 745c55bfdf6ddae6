/** Values the integration global setup hands to every test file (vitest `provide` / `inject`). */
declare module "vitest" {
  export interface ProvidedContext {
    /** A connection URL on the test server with the right to CREATE/DROP DATABASE. */
    testDbAdminUrl: string;
  }
}

export const TEMPLATE_DATABASE = "portal_test_template";
/** Per-file databases are named `t_<base36 epoch seconds>_<random>`; the time lets a later run drop leftovers of a killed one. */
export const FILE_DATABASE_PREFIX = "t_";
/** pg advisory lock: exclusive while the template is rebuilt, shared while a file database is cloned from it. */
export const TEMPLATE_LOCK_KEY = 7_311_004;

export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Unexpected database name: ${name}`);
  return `"${name}"`;
}
