import "server-only";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";

/**
 * The member's provider search (/member/providers): the clinics of the insurers whose policies
 * the person is on, by name (any part, case-insensitive), speciality, region, postcode (prefix:
 * "2" finds 2000–2999, "2100" that postcode) and direct billing; in name order, paged. One
 * statement for the page with its total (a window count), one for the filter's choices.
 */

export const PROVIDER_PAGE_SIZE = 20;

export interface ProviderFilter {
  name?: string;
  speciality?: string;
  region?: string;
  postalCode?: string;
  directBilling?: boolean;
  page?: number;
}

export interface ProviderListItem {
  id: string;
  name: string;
  speciality: string;
  region: string;
  city: string;
  postalCode: string | null;
  inNetwork: boolean;
  directBilling: boolean;
}

export interface ProviderPage {
  items: ProviderListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** LIKE pattern for "contains", with the user's own % and _ taken literally. */
export function containsPattern(query: string): string {
  return `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const insurersOf = (personId: string) =>
  Prisma.sql`p."insurerId" IN (SELECT pol."insurerId" FROM "Enrolment" e JOIN "Policy" pol ON pol.id = e."policyId" WHERE e."personId" = ${personId}::uuid)`;

export async function findProviders(db: Pick<Db, "$queryRaw">, personId: string, filter: ProviderFilter): Promise<ProviderPage> {
  const page = Math.max(1, Math.trunc(filter.page ?? 1) || 1);
  const conditions = [insurersOf(personId)];
  if (filter.name?.trim()) conditions.push(Prisma.sql`lower(p.name) LIKE ${containsPattern(filter.name.trim())} ESCAPE '\\'`);
  if (filter.speciality) conditions.push(Prisma.sql`p.speciality = ${filter.speciality}`);
  if (filter.region) conditions.push(Prisma.sql`p.region = ${filter.region}`);
  if (filter.postalCode) conditions.push(Prisma.sql`p."postalCode" LIKE ${`${filter.postalCode.replace(/\D/g, "")}%`}`);
  if (filter.directBilling) conditions.push(Prisma.sql`p."directBilling"`);
  const rows = await db.$queryRaw<(ProviderListItem & { total: number })[]>`
    SELECT p.id, p.name, p.speciality, p.region, p.city, p."postalCode", p."inNetwork", p."directBilling", (count(*) OVER ())::int AS total
    FROM "Provider" p
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY lower(p.name), p.id
    LIMIT ${PROVIDER_PAGE_SIZE} OFFSET ${(page - 1) * PROVIDER_PAGE_SIZE}`;
  const total = rows[0]?.total ?? (page > 1 ? await countProviders(db, conditions) : 0);
  return { items: rows.map(({ id, name, speciality, region, city, postalCode, inNetwork, directBilling }) => ({ id, name, speciality, region, city, postalCode, inNetwork, directBilling })), total, page, pageSize: PROVIDER_PAGE_SIZE, pageCount: Math.ceil(total / PROVIDER_PAGE_SIZE) };
}

/** A page past the end has no rows to carry the window count: count apart (only then). */
async function countProviders(db: Pick<Db, "$queryRaw">, conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Provider" p WHERE ${Prisma.join(conditions, " AND ")}`;
  return row?.total ?? 0;
}

/** The filter's choices: the specialities and regions the person's insurers have. */
export async function providerChoices(db: Pick<Db, "$queryRaw">, personId: string): Promise<{ specialities: string[]; regions: string[] }> {
  const rows = await db.$queryRaw<{ kind: "s" | "r"; value: string }[]>`
    SELECT DISTINCT 's' AS kind, p.speciality AS value FROM "Provider" p WHERE ${insurersOf(personId)}
    UNION SELECT DISTINCT 'r', p.region FROM "Provider" p WHERE ${insurersOf(personId)}
    ORDER BY 1, 2`;
  return { specialities: rows.filter((r) => r.kind === "s").map((r) => r.value), regions: rows.filter((r) => r.kind === "r").map((r) => r.value) };
}
