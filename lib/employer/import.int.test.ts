import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { testDb } from "../testing/db";
import { csv, meta, seededAdmins, TODAY } from "./employer-testing";
import { applyImport, confirmImport, dryRunImport, loadImport } from "./import";

// Issue 12 point 4 on real PostgreSQL: dry run per row, confirm, applied in one transaction;
// re-importing the same file changes nothing; a malformed file changes nothing.

let hanne: CurrentUser;
let kasper: CurrentUser;
beforeAll(async () => {
  ({ hanne, kasper } = await seededAdmins());
});

const HEADER = "handling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email;årsag";
const FILE = [
  HEADER,
  "tilmeld;I0001;Astrid;Import;14-02-1990;01-12-2026;astrid@example.test;",
  "tilmeld;I0002;Bent;Import;15.03.1985;01.11.2026;;",
  "tilmeld;I0003;Carl;Import;01-01-1980;01-07-2026;;", // GRP-2: 5 months back
  "afmeld;NOPE99;;;;30-11-2026;;", // GRP-1: not on the scheme
  "afmeld;F0012;;;;15-11-2026;;fratrådt",
];

async function checkAndApply(user: CurrentUser, bytes: Uint8Array) {
  const outcome = await dryRunImport(testDb(), user, { name: "staff.csv", bytes }, meta);
  if (!outcome.ok) throw new Error(outcome.error);
  const view = (await loadImport(testDb(), user, outcome.importId, TODAY, { withRows: true }))!;
  if (view.changeRows > 0) {
    await confirmImport(testDb(), user, outcome.importId, meta);
    await applyImport(testDb(), outcome.importId, TODAY);
  }
  return { view, after: (await loadImport(testDb(), user, outcome.importId, TODAY, { withRows: false }))! };
}

const enrolments = () => testDb().enrolment.count();

describe("CSV import", () => {
  it("dry-runs every row with row number, column and rule id, and applies the rest on confirm", async () => {
    const before = await enrolments();
    const outcome = await dryRunImport(testDb(), hanne, { name: "staff.csv", bytes: csv(FILE, true) }, meta);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await enrolments()).toBe(before);
    const view = (await loadImport(testDb(), hanne, outcome.importId, TODAY, { withRows: true }))!;
    expect(view).toMatchObject({ status: "CHECKED", totalRows: 5, changeRows: 3, refusedRows: 2 });
    expect(view.rows.map((r) => [r.row, r.outcome, r.refusals.map((x) => [x.column, x.ruleId])])).toEqual([
      [2, "join", []],
      [3, "join", []],
      [4, "refused", [["date", "GRP-2"]]],
      [5, "refused", [["employeeNumber", "GRP-1"]]],
      [6, "leave", []],
    ]);
    expect(view.rows[4]).toMatchObject({ coverEndsOn: "2026-11-30", retroactive: true });

    // Another employer's admin neither sees nor confirms it (GRP-1).
    expect(await loadImport(testDb(), kasper, outcome.importId, TODAY, { withRows: false })).toBeNull();
    await expect(confirmImport(testDb(), kasper, outcome.importId, meta)).rejects.toMatchObject({ messageKey: "employer.errors.importNotConfirmable" });

    await confirmImport(testDb(), hanne, outcome.importId, meta);
    await expect(confirmImport(testDb(), hanne, outcome.importId, meta)).rejects.toMatchObject({ messageKey: "employer.errors.importNotConfirmable" });
    expect(await applyImport(testDb(), outcome.importId, TODAY)).toBe("applied");
    expect(await loadImport(testDb(), hanne, outcome.importId, TODAY, { withRows: false })).toMatchObject({ status: "APPLIED", appliedRows: 3 });
    expect(await enrolments()).toBe(before + 2);
    const leaver = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0012" } });
    expect(leaver.endDate?.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(await testDb().enrolment.count({ where: { employeeNumber: "I0003" } })).toBe(0);
    // A second run of the job (a retry) does nothing.
    expect(await applyImport(testDb(), outcome.importId, TODAY)).toBe("skipped");
  });

  it("changes nothing when the same file is imported again (comma-separated this time)", async () => {
    const commas = FILE.map((line) => line.replaceAll(";", ","));
    const first = await checkAndApply(hanne, csv(commas));
    expect(first.view.changeRows).toBe(0);
    expect(first.view.rows.filter((r) => r.outcome === "unchanged").map((r) => r.row)).toEqual([2, 3, 6]);
    const fingerprint = async () => JSON.stringify(await testDb().enrolment.findMany({ orderBy: { id: "asc" }, select: { id: true, endDate: true, startDate: true } }));
    const before = await fingerprint();
    await checkAndApply(hanne, csv(commas));
    expect(await fingerprint()).toBe(before);
  });

  it.each([
    ["a header without the required columns", new TextEncoder().encode("navn;by\nAnna;Aarhus\n"), "header"],
    ["Windows-1252 bytes", Uint8Array.from([...new TextEncoder().encode(`${HEADER}\ntilmeld;I9;`), 0xf8, 0x0a]), "encoding"],
    ["an unclosed quote", new TextEncoder().encode(`${HEADER}\n"tilmeld;I9;A;B;01-01-1990;01-12-2026;;\n`), "syntax"],
  ])("refuses %s with a clear message and writes nothing", async (_name, bytes, error) => {
    const imports = await testDb().employerImport.count();
    const before = await enrolments();
    expect(await dryRunImport(testDb(), hanne, { name: "bad.csv", bytes }, meta)).toMatchObject({ ok: false, error });
    expect(await testDb().employerImport.count()).toBe(imports);
    expect(await enrolments()).toBe(before);
  });

  it("applies in one transaction: a failure in the last row leaves every earlier row unwritten", async () => {
    // A test-only trigger makes the database refuse one employee number, as a crash would.
    await testDb().$executeRawUnsafe(`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW."employeeNumber" = 'BOOM' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await testDb().$executeRawUnsafe(`CREATE TRIGGER refuse_boom BEFORE INSERT ON "Enrolment" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const rows = Array.from({ length: 2_500 }, (_, i) => `tilmeld;T${String(i).padStart(5, "0")};Tove;Transaktion;01-01-1990;01-12-2026;;`);
      const outcome = await dryRunImport(testDb(), hanne, { name: "big.csv", bytes: csv([HEADER, ...rows, "tilmeld;BOOM;Bo;Om;01-01-1990;01-12-2026;;"]) }, meta);
      if (!outcome.ok) throw new Error(outcome.error);
      await confirmImport(testDb(), hanne, outcome.importId, meta);
      const before = await enrolments();
      await expect(applyImport(testDb(), outcome.importId, TODAY)).rejects.toThrow(/boom/);
      expect(await enrolments()).toBe(before);
      expect(await testDb().person.count({ where: { lastName: "Transaktion" } })).toBe(0);
      expect(await loadImport(testDb(), hanne, outcome.importId, TODAY, { withRows: false })).toMatchObject({ status: "FAILED", appliedRows: 0 });
    } finally {
      await testDb().$executeRawUnsafe(`DROP TRIGGER refuse_boom ON "Enrolment"`);
      await testDb().$executeRawUnsafe(`DROP FUNCTION refuse_boom()`);
    }
  });

  it("an import queued before the confirmer was recorded runs as the confirmer in the audit log (the migration's backfill), else applies nothing", async () => {
    const queue = async (employeeNumber: string) => {
      const outcome = await dryRunImport(testDb(), hanne, { name: "queued.csv", bytes: csv(["handling;medarbejdernummer;dato", `afmeld;${employeeNumber};30-11-2026`]) }, meta);
      if (!outcome.ok) throw new Error(outcome.error);
      await confirmImport(testDb(), hanne, outcome.importId, meta);
      // As a row confirmed before the column existed.
      await testDb().employerImport.update({ where: { id: outcome.importId }, data: { confirmedByUserId: null, confirmedAt: null } });
      return outcome.importId;
    };
    const withAudit = await queue("F0013");
    const withoutAudit = await queue("F0014");
    await testDb().auditEvent.deleteMany({ where: { action: "employer.import_confirmed", subjectId: withoutAudit } });
    const migration = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261207182641_employer_import_confirmed_by/migration.sql"), "utf8");
    await testDb().$executeRawUnsafe(migration.slice(migration.indexOf("UPDATE")));

    expect(await testDb().employerImport.findUniqueOrThrow({ where: { id: withAudit } })).toMatchObject({ confirmedByUserId: hanne.userId, confirmedAt: expect.any(Date) });
    expect(await applyImport(testDb(), withAudit, TODAY)).toBe("applied");
    expect((await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0013" } })).endedByUserId).toBe(hanne.userId);
    expect(await applyImport(testDb(), withoutAudit, TODAY)).toBe("not-applied");
    expect(await testDb().employerImport.findUniqueOrThrow({ where: { id: withoutAudit } })).toMatchObject({ status: "FAILED", error: expect.stringMatching(/no admin is recorded as having confirmed/) });
    expect((await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0014" } })).endDate).toBeNull();
  });
});
