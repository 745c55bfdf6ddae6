import { isoDateParts } from "../dates";

/**
 * A Danish CPR number as typed when a family member is added: DDMMYY-SSSS (the dash optional).
 * The seventh digit with the two-digit year gives the century (CPR office table), so the number
 * names one birth date, which must be the date typed beside it. No modulus-11 check: numbers
 * issued since 2007 do not all satisfy it.
 */
export type CprProblem = "format" | "date" | "mismatch";

const CPR = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

function century(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800; // 5–8
}

/** The birth date a CPR number names, or undefined when it is malformed or names no real day. */
export function cprBirthDate(cpr: string): string | undefined {
  const match = CPR.exec(cpr.trim());
  if (!match) return undefined;
  const [, dd, mm, yy, seventh] = match as unknown as [string, string, string, string, string];
  const year = century(Number(yy), Number(seventh)) + Number(yy);
  const iso = `${year}-${mm}-${dd}`;
  return isoDateParts(iso) ? iso : undefined;
}

/** What is wrong with a CPR number next to the birth date typed with it, or undefined. */
export function checkCpr(cpr: string, birthDate: string | undefined): CprProblem | undefined {
  if (!CPR.test(cpr.trim())) return "format";
  const named = cprBirthDate(cpr);
  if (named === undefined) return "date";
  return birthDate !== undefined && named !== birthDate ? "mismatch" : undefined;
}

/** Stored as DDMMYY-SSSS whatever the member typed. */
export function normaliseCpr(cpr: string): string {
  const digits = cpr.replace(/\D/g, "");
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
