import "server-only";
import type { Db } from "../db/client";

/** One hit of the provider search, as the claim form's combobox shows it. */
export interface ProviderHit {
  id: string;
  name: string;
  speciality: string;
  city: string;
  inNetwork: boolean;
}

export const PROVIDER_SEARCH_LIMIT = 10;
export const PROVIDER_QUERY_MIN = 2;
export const PROVIDER_QUERY_MAX = 100;

/** LIKE pattern for "starts with", with the user's own % and _ taken literally. */
export function prefixPattern(query: string): string {
  return `${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Providers of the insurers whose policies the person is enrolled on, whose name starts with
 * `query` (case-insensitive), in name order, at most 10. `lower(name) LIKE 'prefix%'` is written
 * so an expression index on ("insurerId", lower(name) text_pattern_ops) serves it.
 */
export async function searchProviders(db: Pick<Db, "$queryRaw">, input: { personId: string; query: string; limit?: number }): Promise<ProviderHit[]> {
  const query = input.query.trim();
  if (query.length < PROVIDER_QUERY_MIN) return [];
  const limit = Math.min(input.limit ?? PROVIDER_SEARCH_LIMIT, PROVIDER_SEARCH_LIMIT);
  const pattern = prefixPattern(query.slice(0, PROVIDER_QUERY_MAX));
  return db.$queryRaw<ProviderHit[]>`
    SELECT p.id, p.name, p.speciality, p.city, p."inNetwork"
    FROM "Provider" p
    WHERE p."insurerId" IN (
      SELECT pol."insurerId" FROM "Enrolment" e JOIN "Policy" pol ON pol.id = e."policyId" WHERE e."personId" = ${input.personId}::uuid
    )
    AND lower(p.name) LIKE ${pattern} ESCAPE '\\'
    ORDER BY lower(p.name), p.id
    LIMIT ${limit}`;
}
