import { CsvError, parse } from "csv-parse/sync";
import { isRealIsoDate } from "../rules/dates";
import { LEAVE_REASONS, type LeaveReason } from "./schemas";

/**
 * The bulk import's file format (issue 12 point 4), pure: bytes in, rows or one clear error out.
 * UTF-8 with or without a BOM; `;` or `,` as Danish spreadsheets export them (decided by the
 * header line); Danish dates dd-mm-yyyy or dd.mm.yyyy (ISO yyyy-mm-dd too). A header names the
 * columns, in Danish or English, in any order:
 *
 *   handling/action (tilmeld|join, afmeld|leave), medarbejdernummer/employee_number,
 *   fornavn/first_name, efternavn/last_name, fødselsdato/birth_date, dato/date (a joiner's start,
 *   a leaver's last day of employment), email/e-mail (optional), årsag/reason (optional, leavers).
 *
 * Row numbers are the file's line numbers (the header is line 1), as a spreadsheet shows them.
 */
export const MAX_IMPORT_ROWS = 20_000;

const COLUMN_NAMES: Record<string, ImportColumn> = {
  handling: "action", action: "action",
  medarbejdernummer: "employeeNumber", medarbejdernr: "employeeNumber", employee_number: "employeeNumber", employeenumber: "employeeNumber",
  fornavn: "firstName", first_name: "firstName", firstname: "firstName",
  efternavn: "lastName", last_name: "lastName", lastname: "lastName",
  "fødselsdato": "birthDate", birth_date: "birthDate", birthdate: "birthDate",
  dato: "date", date: "date",
  email: "email", "e-mail": "email", "e-mailadresse": "email",
  "årsag": "reason", reason: "reason",
};
/** The same rule as the form's employeeNumberSchema (schemas.ts), as a plain regex: it runs per row. */
const EMPLOYEE_NUMBER = /^[A-Za-z0-9-]{1,20}$/;

export type ImportColumn = "action" | "employeeNumber" | "firstName" | "lastName" | "birthDate" | "date" | "email" | "reason";
const REQUIRED: ImportColumn[] = ["action", "employeeNumber", "date"];

const ACTIONS: Record<string, "join" | "leave"> = { tilmeld: "join", tilmelding: "join", join: "join", afmeld: "leave", afmelding: "leave", leave: "leave" };
const REASONS: Record<string, LeaveReason> = {
  "": "employment_ended", "fratrådt": "employment_ended", fratraadt: "employment_ended", "udtrådt": "left_scheme", "død": "died", "ingen dansk adresse": "no_danish_address",
  ...Object.fromEntries(LEAVE_REASONS.map((r) => [r, r])),
};

export type ParsedRow =
  | { row: number; kind: "join"; employeeNumber: string; firstName: string; lastName: string; birthDate: string; startDate: string; email: string | null }
  | { row: number; kind: "leave"; employeeNumber: string; employmentEndDate: string; reason: LeaveReason };

/** A row that cannot be read: where, and the message key (employer.import.problems.…). */
export interface RowProblem {
  row: number;
  column: ImportColumn | null;
  problem: "columnCount" | "action" | "employeeNumber" | "required" | "date" | "email" | "reason" | "duplicate";
  value?: string;
}

export type ParsedFile =
  | { ok: true; rows: ParsedRow[]; problems: RowProblem[]; totalRows: number }
  | { ok: false; error: "empty" | "encoding" | "header" | "syntax" | "tooManyRows"; line?: number; detail?: string };

/** dd-mm-yyyy, dd.mm.yyyy, d-m-yyyy or yyyy-mm-dd → ISO, or null. */
export function danishDate(value: string): string | null {
  const danish = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(value);
  const iso = danish ? `${danish[3]}-${danish[2]!.padStart(2, "0")}-${danish[1]!.padStart(2, "0")}` : value;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealIsoDate(iso) ? iso : null;
}

function decode(bytes: Uint8Array): string | null {
  try {
    // fatal: a Windows-1252 export is refused with a clear message rather than read as mojibake.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function parseImportFile(bytes: Uint8Array): ParsedFile {
  const text = decode(bytes);
  if (text === null) return { ok: false, error: "encoding" };
  if (text.trim() === "") return { ok: false, error: "empty" };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Trimming is done per cell below: csv-parse's own `trim` costs more than the rest of the parse.
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: "syntax", line: (error as CsvError & { lines?: number }).lines, detail: error.code };
    throw error;
  }
  const [header, ...body] = records;
  const columns = header!.record.map((name) => COLUMN_NAMES[name.trim().toLowerCase().replace(/\s+/g, "_")] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ok: false, error: "header", line: 1, detail: missing.join(", ") };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, error: "tooManyRows", detail: String(MAX_IMPORT_ROWS) };

  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const { record, info } of body) {
    const cells: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = (record[i] ?? "").trim();
    });
    const parsed = parseRow(info.lines, cells, record.length !== columns.length);
    if ("problem" in parsed) problems.push(parsed);
    else if (seen.has(parsed.employeeNumber)) problems.push({ row: parsed.row, column: "employeeNumber", problem: "duplicate", value: parsed.employeeNumber });
    else {
      seen.add(parsed.employeeNumber);
      rows.push(parsed);
    }
  }
  return { ok: true, rows, problems, totalRows: body.length };
}

function parseRow(row: number, cells: Partial<Record<ImportColumn, string>>, wrongWidth: boolean): ParsedRow | RowProblem {
  if (wrongWidth) return { row, column: null, problem: "columnCount" };
  const kind = ACTIONS[(cells.action ?? "").toLowerCase()];
  if (!kind) return { row, column: "action", problem: "action", value: cells.action };
  const employeeNumber = cells.employeeNumber ?? "";
  if (!EMPLOYEE_NUMBER.test(employeeNumber)) return { row, column: "employeeNumber", problem: "employeeNumber", value: cells.employeeNumber };
  const date = danishDate(cells.date ?? "");
  if (!date) return { row, column: "date", problem: "date", value: cells.date };
  if (kind === "leave") {
    const reason = REASONS[(cells.reason ?? "").toLowerCase()];
    if (!reason) return { row, column: "reason", problem: "reason", value: cells.reason };
    return { row, kind, employeeNumber, employmentEndDate: date, reason };
  }
  for (const column of ["firstName", "lastName", "birthDate"] as const) {
    if (!cells[column]) return { row, column, problem: "required" };
  }
  const birthDate = danishDate(cells.birthDate!);
  if (!birthDate) return { row, column: "birthDate", problem: "date", value: cells.birthDate };
  const email = cells.email ? cells.email.toLowerCase() : null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { row, column: "email", problem: "email", value: cells.email };
  return { row, kind, employeeNumber, firstName: cells.firstName!, lastName: cells.lastName!, birthDate, startDate: date, email };
}
