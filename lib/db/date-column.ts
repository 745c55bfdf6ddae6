/**
 * A `@db.Date` column holds a calendar day (Europe/Copenhagen) as UTC midnight. These convert
 * between that and the ISO "YYYY-MM-DD" that the rules, the forms and the pages use.
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dateColumn(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
