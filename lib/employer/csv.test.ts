import { describe, expect, it } from "vitest";
import { danishDate, parseImportFile } from "./csv";

// The import's file format, table-driven: encodings, separators, Danish dates, row problems with
// their row number and column, and malformed files refused as a whole with one clear error.

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = "\uFEFF";
const HEADER_DA = "handling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email";
const JOIN_DA = "tilmeld;E100;Åse;Bøgh;03-04-1990;01.06.2026;ase@example.dk";

describe("danishDate", () => {
  it.each([
    ["01-06-2026", "2026-06-01"],
    ["1.6.2026", "2026-06-01"],
    ["31.12.2026", "2026-12-31"],
    ["2026-06-01", "2026-06-01"],
    ["31-02-2026", null],
    ["06/01/2026", null],
    ["", null],
  ])("%s → %s", (value, iso) => {
    expect(danishDate(value)).toBe(iso);
  });
});

describe("parseImportFile", () => {
  it.each([
    ["semicolons, no BOM", `${HEADER_DA}\n${JOIN_DA}\n`],
    ["semicolons with a BOM and CRLF", `${BOM}${HEADER_DA}\r\n${JOIN_DA}\r\n`],
    ["commas, English header", "action,employee_number,first_name,last_name,birth_date,date,email\njoin,E100,Åse,Bøgh,1990-04-03,01-06-2026,ase@example.dk\n"],
    ["quoted fields", `${HEADER_DA}\n"tilmeld";"E100";"Åse";"Bøgh";"03-04-1990";"01-06-2026";"ase@example.dk"\n`],
  ])("reads %s", (_name, text) => {
    const parsed = parseImportFile(utf8(text));
    expect(parsed).toMatchObject({ ok: true, problems: [], totalRows: 1 });
    if (!parsed.ok) return;
    expect(parsed.rows[0]).toEqual({ row: 2, kind: "join", employeeNumber: "E100", firstName: "Åse", lastName: "Bøgh", birthDate: "1990-04-03", startDate: "2026-06-01", email: "ase@example.dk" });
  });

  it("reads a leaver with a Danish reason, and an empty reason as employment ended (ELG-4)", () => {
    const parsed = parseImportFile(utf8("handling;medarbejdernummer;dato;årsag\nafmeld;E1;30-04-2026;død\nafmeld;E2;30-04-2026;\n"));
    expect(parsed.ok && parsed.rows).toEqual([
      { row: 2, kind: "leave", employeeNumber: "E1", employmentEndDate: "2026-04-30", reason: "died" },
      { row: 3, kind: "leave", employeeNumber: "E2", employmentEndDate: "2026-04-30", reason: "employment_ended" },
    ]);
  });

  it.each([
    ["an unknown action", "flyt;E1;Anna;Berg;01-01-1990;01-06-2026;", "action", "action"],
    ["a date that does not exist", "tilmeld;E1;Anna;Berg;01-01-1990;31-06-2026;", "date", "date"],
    ["a missing first name", "tilmeld;E1;;Berg;01-01-1990;01-06-2026;", "firstName", "required"],
    ["a bad birth date", "tilmeld;E1;Anna;Berg;1990;01-06-2026;", "birthDate", "date"],
    ["a bad e-mail", "tilmeld;E1;Anna;Berg;01-01-1990;01-06-2026;anna@", "email", "email"],
    ["a bad employee number", "tilmeld;E 1;Anna;Berg;01-01-1990;01-06-2026;", "employeeNumber", "employeeNumber"],
    ["a row with too many columns", "tilmeld;E1;Anna;Berg;01-01-1990;01-06-2026;;extra", null, "columnCount"],
  ])("names the row and column of %s", (_name, line, column, problem) => {
    const parsed = parseImportFile(utf8(`${HEADER_DA}\n${JOIN_DA}\n${line}\n`));
    expect(parsed.ok && parsed.problems).toEqual([expect.objectContaining({ row: 3, column, problem })]);
    expect(parsed.ok && parsed.rows).toHaveLength(1);
  });

  it("refuses the second row of the same employee number", () => {
    const parsed = parseImportFile(utf8(`${HEADER_DA}\n${JOIN_DA}\n${JOIN_DA}\n`));
    expect(parsed.ok && parsed.problems).toEqual([{ row: 3, column: "employeeNumber", problem: "duplicate", value: "E100" }]);
  });

  it.each([
    ["an empty file", utf8(" \n"), "empty"],
    ["Windows-1252 bytes (not UTF-8)", Uint8Array.from([...utf8("handling;medarbejdernummer;dato\ntilmeld;E1;"), 0xe6, 0x0a]), "encoding"],
    ["a header without the required columns", utf8("navn;by\nAnna;Aarhus\n"), "header"],
    ["an unclosed quote", utf8(`${HEADER_DA}\n"tilmeld;E1;Anna;Berg;01-01-1990;01-06-2026;\n`), "syntax"],
    ["a binary file", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00]), "encoding"],
  ])("refuses %s as a whole", (_name, bytes, error) => {
    expect(parseImportFile(bytes)).toMatchObject({ ok: false, error });
  });
});
