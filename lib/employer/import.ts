import "server-only";
import { createHash } from "node:crypto";
import { can, type EmployerRight } from "../access/can";
import { writeAudit } from "../audit/audit";
import { offerContinuation } from "../continuation/offers";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { isLocale, type Locale } from "../i18n/config";
import { inviteImportedJoiners } from "./joiner-invitations";
import { parseImportFile, type ImportColumn, type ParsedRow, type RowProblem } from "./csv";
import { schemeFacts } from "./changes";
import { planStaffChange } from "./plan-change";
import { EmployerRefusal } from "./refusal";
import { recordEmployerChange } from "./history";
import { adminAsLoaded, loadSchemeOf, type SchemeContext } from "./scheme";
import { endEnrolments, enrolmentsByEmployeeNumber, insertJoiners } from "./writes";

/**
 * The bulk CSV import (issue 12 point 4): upload → dry run (every row: what would happen, or why
 * not, with row number, column and rule id) stored as an EmployerImport → confirm (a pg-boss job)
 * → applied in one transaction. Applying plans every row again against the scheme as it is then,
 * so a row already applied (a re-import, a retried job) is "unchanged" and changes nothing.
 */
export interface ImportRowView {
  row: number;
  kind: "join" | "leave" | null;
  employeeNumber: string | null;
  name: string | null;
  outcome: "join" | "leave" | "unchanged" | "refused";
  date: string | null;
  coverEndsOn: string | null;
  premiumChangeMinor: number;
  retroactive: boolean;
  /** Why not: the column, the rule id (null for a format problem) and the message (da/en or a key). */
  refusals: { column: ImportColumn | null; ruleId: string | null; da?: string; en?: string; problem?: RowProblem["problem"]; value?: string }[];
}

export type DryRunOutcome = { ok: true; importId: string } | { ok: false; error: string; line?: number; detail?: string };

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function schemeFor(db: Db, user: Pick<CurrentUser, "roles" | "employer">, today: string): Promise<SchemeContext> {
  const ctx = await loadSchemeOf(db, user, "employer.manage", today);
  if (!ctx) throw new EmployerRefusal("employer.errors.noScheme");
  return ctx;
}

/** Each parsed row planned against the scheme's enrolments (one query for all employee numbers). */
async function planRows(db: Pick<Db, "$queryRaw">, ctx: SchemeContext, rows: ParsedRow[], today: string): Promise<ImportRowView[]> {
  const existing = await enrolmentsByEmployeeNumber(db, ctx.policy.id, rows.map((r) => r.employeeNumber));
  const facts = schemeFacts(ctx, today);
  return rows.map((r) => {
    const change = r.kind === "join" ? { kind: r.kind, employeeNumber: r.employeeNumber, startDate: r.startDate } : { kind: r.kind, employeeNumber: r.employeeNumber, employmentEndDate: r.employmentEndDate, reason: r.reason };
    const planned = planStaffChange(facts, change, existing.get(r.employeeNumber));
    return {
      row: r.row, kind: r.kind, employeeNumber: r.employeeNumber, name: r.kind === "join" ? `${r.firstName} ${r.lastName}` : null,
      outcome: planned.outcome, date: r.kind === "join" ? r.startDate : r.employmentEndDate, coverEndsOn: planned.coverEndsOn,
      premiumChangeMinor: planned.premiumChangeMinor, retroactive: planned.retroactive,
      refusals: planned.refusals.map((x) => ({ column: x.column === "date" ? "date" : "employeeNumber", ruleId: x.ruleId, da: x.da, en: x.en })),
    };
  });
}

const problemView = (p: RowProblem): ImportRowView => ({
  row: p.row, kind: null, employeeNumber: null, name: null, outcome: "refused", date: null, coverEndsOn: null, premiumChangeMinor: 0, retroactive: false,
  refusals: [{ column: p.column, ruleId: p.problem === "duplicate" ? "GRP-1" : null, problem: p.problem, value: p.value }],
});

/** The dry run: nothing about staff is written, only the EmployerImport with its planned rows. */
export async function dryRunImport(db: Db, user: CurrentUser, file: { name: string; bytes: Uint8Array }, meta: { ip: string; today: string }): Promise<DryRunOutcome> {
  const ctx = await schemeFor(db, user, meta.today);
  const parsed = parseImportFile(file.bytes);
  if (!parsed.ok) return { ok: false, error: parsed.error, line: parsed.line, detail: parsed.detail };
  const planned = await planRows(db, ctx, parsed.rows, meta.today);
  const rows = [...planned, ...parsed.problems.map(problemView)].sort((a, b) => a.row - b.row);
  const changeRows = rows.filter((r) => r.outcome === "join" || r.outcome === "leave").length;
  const refusedRows = rows.filter((r) => r.outcome === "refused").length;
  // Raw: Prisma walks a JSON value of 10,000 rows for seconds; PostgreSQL parses the text in milliseconds.
  const [created] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "EmployerImport" (id, "employerId", "policyId", "createdByUserId", "fileName", "fileSha256", rows, "totalRows", "changeRows", "refusedRows")
    VALUES (gen_random_uuid(), ${ctx.employer.id}::uuid, ${ctx.policy.id}::uuid, ${user.userId}::uuid, ${file.name.slice(0, 200)}, ${sha256(file.bytes)},
      ${JSON.stringify({ parsed: parsed.rows, view: rows })}::jsonb, ${parsed.totalRows}, ${changeRows}, ${refusedRows})
    RETURNING id`;
  await writeAudit(db, { actorUserId: user.userId, action: "employer.import_checked", subjectType: "EmployerImport", subjectId: created!.id, ip: meta.ip, metadata: { totalRows: parsed.totalRows, changeRows, refusedRows } });
  return { ok: true, importId: created!.id };
}

export interface ImportView {
  id: string;
  fileName: string;
  status: "CHECKED" | "QUEUED" | "APPLYING" | "APPLIED" | "FAILED";
  totalRows: number;
  changeRows: number;
  refusedRows: number;
  appliedRows: number;
  createdAt: string;
  appliedAt: string | null;
  currency: string;
  rows: ImportRowView[];
}

/** One half of an import's stored rows, as JSON text parsed here (Prisma's JSON decoding is the slow part). */
async function storedRows<T>(db: Pick<Db, "$queryRaw">, importId: string, half: "parsed" | "view"): Promise<T[]> {
  const [row] = await db.$queryRaw<{ json: string }[]>`SELECT (rows -> ${half})::text AS json FROM "EmployerImport" WHERE id = ${importId}::uuid`;
  return row ? (JSON.parse(row.json) as T[]) : [];
}

/** An import of the admin's own employer (can() on the import as loaded), or null. */
export async function loadImport(db: Db, user: Pick<CurrentUser, "roles" | "employer">, importId: string, today: string, opts: { withRows: boolean }): Promise<ImportView | null> {
  const ctx = await loadSchemeOf(db, user, "employer.view", today).catch(() => null);
  const row = await db.employerImport.findUnique({ where: { id: importId }, omit: { rows: true } });
  if (!ctx || !row || row.employerId !== ctx.employer.id) return null;
  const view = opts.withRows ? await storedRows<ImportRowView>(db, importId, "view") : [];
  return {
    id: row.id, fileName: row.fileName, status: row.status, totalRows: row.totalRows, changeRows: row.changeRows, refusedRows: row.refusedRows,
    appliedRows: row.appliedRows, createdAt: row.createdAt.toISOString(), appliedAt: row.appliedAt?.toISOString() ?? null, currency: ctx.policy.currency,
    rows: view,
  };
}

/**
 * Confirm: CHECKED → QUEUED (once; a second confirm is refused), the job applies it. The confirming
 * admin is recorded in the same conditional update: they make the change (issue 12 point 8), so the
 * job acts as them, not as whoever uploaded the file.
 */
export async function confirmImport(db: Db, user: CurrentUser, importId: string, meta: { ip: string; today: string }): Promise<void> {
  const ctx = await schemeFor(db, user, meta.today);
  const queued = await db.employerImport.updateMany({
    where: { id: importId, employerId: ctx.employer.id, status: "CHECKED" },
    data: { status: "QUEUED", confirmedByUserId: user.userId, confirmedAt: new Date() },
  });
  if (queued.count !== 1) throw new EmployerRefusal("employer.errors.importNotConfirmable");
  await writeAudit(db, { actorUserId: user.userId, action: "employer.import_confirmed", subjectType: "EmployerImport", subjectId: importId, ip: meta.ip });
}

const CHUNK = 2_000;

/** The job may not act: stored as the import's error, nothing changed (an outcome, not a crash). */
class ImportNotApplied extends Error {}

const NO_CONFIRMER = "Not applied: no admin is recorded as having confirmed this import. Nothing was changed; upload the file again.";
const CONFIRMER_CANNOT_MANAGE = "Not applied: the admin who confirmed this import no longer has the manage right for this employer. Nothing was changed; an admin with the manage right can upload the file again.";

/** The confirmer as the job sees them now: their manage right on the import's employer is checked again at apply time. */
async function confirmerOf(db: Db, imp: { employerId: string; confirmedByUserId: string | null }, today: string): Promise<{ userId: string; roles: CurrentUser["roles"]; ctx: SchemeContext; locale: Locale }> {
  if (!imp.confirmedByUserId) throw new ImportNotApplied(NO_CONFIRMER);
  const admin = await adminAsLoaded(db, imp.confirmedByUserId);
  // Moved to another employer since confirming: their scheme is not this import's.
  if (admin.employer?.id !== imp.employerId) throw new ImportNotApplied(CONFIRMER_CANNOT_MANAGE);
  const ctx = await schemeFor(db, admin, today).catch((error: unknown) => {
    throw error instanceof EmployerRefusal ? new ImportNotApplied(CONFIRMER_CANNOT_MANAGE) : error;
  });
  // The invitations (ACC-1) go in the confirming admin's language, as the joiner form's do.
  const { locale } = await db.user.findUniqueOrThrow({ where: { id: imp.confirmedByUserId }, select: { locale: true } });
  return { userId: imp.confirmedByUserId, roles: admin.roles, ctx, locale: isLocale(locale) ? locale : "da" };
}

/**
 * The confirmer's right read again inside the transaction, its row locked (FOR SHARE): a demotion
 * or removal committed meanwhile refuses the import, and one attempted now waits for it to commit.
 */
async function lockConfirmerRight(tx: Pick<Db, "$queryRaw">, userId: string, ctx: SchemeContext, roles: CurrentUser["roles"]): Promise<void> {
  const [row] = await tx.$queryRaw<{ right: EmployerRight }[]>`
    SELECT "right"::text AS "right" FROM "EmployerAdmin" WHERE "userId" = ${userId}::uuid AND "employerId" = ${ctx.employer.id}::uuid FOR SHARE`;
  if (!can({ roles, employerId: ctx.employer.id, employerRight: row?.right ?? null }, "employer.manage", ctx.resource)) throw new ImportNotApplied(CONFIRMER_CANNOT_MANAGE);
}

/**
 * The job: every row planned again and applied in ONE transaction (all or nothing). Progress is
 * written from outside the transaction after each chunk, so the page sees it while the
 * transaction runs; the import row itself is only touched inside the transaction at its end.
 * It acts as the admin who confirmed, whose manage right must still hold: if not, the import is
 * FAILED with the reason and nothing changes ("not-applied").
 */
export async function applyImport(db: Db, importId: string, today: string): Promise<"applied" | "skipped" | "not-applied"> {
  const started = await db.employerImport.updateMany({ where: { id: importId, status: { in: ["QUEUED", "APPLYING"] } }, data: { status: "APPLYING", appliedRows: 0 } });
  if (started.count !== 1) return "skipped";
  const imp = await db.employerImport.findUniqueOrThrow({ where: { id: importId }, select: { employerId: true, createdByUserId: true, confirmedByUserId: true, fileName: true } });
  try {
    // The confirmer made the change: the enrolments, the audit and the history row are theirs.
    const { userId: actor, roles, ctx, locale } = await confirmerOf(db, imp, today);
    const parsed = await storedRows<ParsedRow>(db, importId, "parsed");
    let applied = 0;
    await db.$transaction(async (tx) => {
      await lockConfirmerRight(tx, actor, ctx, roles);
      for (let i = 0; i < parsed.length; i += CHUNK) {
        const chunk = parsed.slice(i, i + CHUNK);
        const planned = await planRows(tx, ctx, chunk, today);
        const joiners = chunk.filter((r, k): r is Extract<ParsedRow, { kind: "join" }> => r.kind === "join" && planned[k]!.outcome === "join");
        const leavers = chunk.flatMap((r, k) => (r.kind === "leave" && planned[k]!.outcome === "leave" ? [{ row: r, plan: planned[k]! }] : []));
        const inserted = await insertJoiners(tx, ctx.policy.id, actor, joiners.map((j) => ({ ...j })));
        await inviteImportedJoiners(tx, joiners.map((j, k) => ({ personId: inserted[k]!.personId, memberNumber: inserted[k]!.memberNumber, name: `${j.firstName} ${j.lastName}`, email: j.email, startDate: j.startDate })), { employer: ctx.employer.name, locale });
        const existing = await enrolmentsByEmployeeNumber(tx, ctx.policy.id, leavers.map((l) => l.row.employeeNumber));
        const ended = leavers.map((l) => ({
          enrolmentId: existing.get(l.row.employeeNumber)!.enrolmentId, coverEndsOn: l.plan.coverEndsOn!, reason: l.row.kind === "leave" ? l.row.reason : "employment_ended" as const,
        }));
        applied += joiners.length + (await endEnrolments(tx, ctx.policy.id, actor, ended));
        await offerContinuation(tx, ended, ctx);
        await db.employerImport.updateMany({ where: { id: importId }, data: { appliedRows: applied } });
      }
      await tx.employerImport.updateMany({ where: { id: importId }, data: { status: "APPLIED", appliedRows: applied, appliedAt: new Date() } });
      await writeAudit(tx, { actorUserId: actor, action: "employer.import_applied", subjectType: "EmployerImport", subjectId: importId, metadata: { appliedRows: applied, uploadedByUserId: imp.createdByUserId } });
      await recordEmployerChange(tx, { employerId: ctx.employer.id, actorUserId: actor, change: { kind: "import_applied", fileName: imp.fileName, appliedRows: applied } });
    }, { timeout: 120_000 });
    return "applied";
  } catch (error) {
    await db.employerImport.updateMany({ where: { id: importId }, data: { status: "FAILED", appliedRows: 0, error: error instanceof Error ? error.message.slice(0, 500) : "failed" } });
    if (error instanceof ImportNotApplied) return "not-applied";
    throw error;
  }
}
