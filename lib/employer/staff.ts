import "server-only";
import type { Db } from "../db/client";
import { isoDay } from "../db/date-column";
import { Prisma } from "../db/generated/client";
import type { SchemeContext } from "./scheme";
import type { StaffQuery, StaffStatus } from "./schemas";

/**
 * The staff list (issue 12 point 2): name, employee number, enrolment dates and status — the only
 * columns selected, so no health field can reach the page (GRP-3). Keyset paging on the unique
 * (policyId, employeeNumber) index: a page costs the same on page 1 and page 200.
 */
export interface StaffRow {
  enrolmentId: string;
  name: string;
  employeeNumber: string;
  startDate: string;
  endDate: string | null;
  status: StaffStatus;
}

export interface StaffPage {
  rows: StaffRow[];
  total: number;
  /** Keyset cursors: the employee numbers around this page (null: no such page). */
  next: string | null;
  previous: string | null;
}

export const STAFF_PAGE_SIZE = 50;

export function staffStatus(startDate: string, endDate: string | null, today: string): StaffStatus {
  if (startDate > today) return "joining";
  if (endDate === null) return "active";
  return endDate >= today ? "leaving" : "ended";
}

function statusFilter(status: StaffQuery["status"], today: string): Prisma.Sql {
  switch (status) {
    case "active":
      return Prisma.sql`AND e."startDate" <= ${today}::date AND e."endDate" IS NULL`;
    case "joining":
      return Prisma.sql`AND e."startDate" > ${today}::date`;
    case "leaving":
      return Prisma.sql`AND e."startDate" <= ${today}::date AND e."endDate" >= ${today}::date`;
    case "ended":
      return Prisma.sql`AND e."endDate" < ${today}::date`;
    default:
      return Prisma.empty;
  }
}

/** A name (any part) or an employee number (its beginning); LIKE's wildcards typed are literal. */
function searchFilter(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.empty;
  const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return Prisma.sql`AND (e."employeeNumber" LIKE ${`${literal}%`} OR (p."firstName" || ' ' || p."lastName") ILIKE ${`%${literal}%`})`;
}

interface Row {
  id: string;
  first_name: string;
  last_name: string;
  employee_number: string;
  start_date: Date;
  end_date: Date | null;
  total: number;
}

/** One statement: the page (one row more, to know if there is a next) and the total of the filter. */
export async function listStaff(db: Db, ctx: SchemeContext, query: StaffQuery, today: string): Promise<StaffPage> {
  const where = Prisma.sql`e."policyId" = ${ctx.policy.id}::uuid AND e.role = 'EMPLOYEE' AND e.status = 'ACTIVE' AND e."employeeNumber" IS NOT NULL
    ${statusFilter(query.status, today)} ${searchFilter(query.q)}`;
  const backwards = query.before !== undefined;
  const cursor = (column: Prisma.Sql) =>
    backwards ? Prisma.sql`AND ${column} < ${query.before}` : query.after !== undefined ? Prisma.sql`AND ${column} > ${query.after}` : Prisma.empty;
  const order = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = query.q ? await searchPage(db, where, cursor(Prisma.sql`m.employee_number`), order) : await db.$queryRaw<Row[]>`
    SELECT e.id, p."firstName" AS first_name, p."lastName" AS last_name, e."employeeNumber" AS employee_number,
      e."startDate" AS start_date, e."endDate" AS end_date,
      (SELECT count(*)::int FROM "Enrolment" e WHERE ${where}) AS total
    FROM "Enrolment" e JOIN "Person" p ON p.id = e."personId"
    WHERE ${where} ${cursor(Prisma.sql`e."employeeNumber"`)}
    ORDER BY e."employeeNumber" ${order}
    LIMIT ${STAFF_PAGE_SIZE + 1}`;
  const more = rows.length > STAFF_PAGE_SIZE;
  const page = rows.slice(0, STAFF_PAGE_SIZE);
  if (backwards) page.reverse();
  const total = rows[0]?.total ?? (await countOnly(db, where));
  const first = page[0]?.employee_number ?? null;
  const last = page.at(-1)?.employee_number ?? null;
  const atStart = backwards ? !more : query.after === undefined;
  const atEnd = backwards ? false : !more;
  return {
    rows: page.map((r) => {
      const startDate = isoDay(r.start_date);
      const endDate = r.end_date ? isoDay(r.end_date) : null;
      return { enrolmentId: r.id, name: `${r.first_name} ${r.last_name}`, employeeNumber: r.employee_number, startDate, endDate, status: staffStatus(startDate, endDate, today) };
    }),
    total,
    next: atEnd ? null : last,
    previous: atStart ? null : first,
  };
}

/**
 * A search matches on the person's name, so every enrolment of the scheme is joined to its person
 * (10,000 index lookups on the benchmark's scheme). Counting and paging in separate subqueries did
 * that twice; the matches are found once here and both read them.
 */
function searchPage(db: Db, where: Prisma.Sql, cursor: Prisma.Sql, order: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    WITH matches AS MATERIALIZED (
      SELECT e.id, p."firstName" AS first_name, p."lastName" AS last_name, e."employeeNumber" AS employee_number,
        e."startDate" AS start_date, e."endDate" AS end_date
      FROM "Enrolment" e JOIN "Person" p ON p.id = e."personId"
      WHERE ${where})
    SELECT m.*, (SELECT count(*)::int FROM matches) AS total
    FROM matches m
    WHERE true ${cursor}
    ORDER BY m.employee_number ${order}
    LIMIT ${STAFF_PAGE_SIZE + 1}`;
}

async function countOnly(db: Db, where: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Enrolment" e JOIN "Person" p ON p.id = e."personId" WHERE ${where}`;
  return rows[0]?.total ?? 0;
}
