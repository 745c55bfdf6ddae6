/**
 * Locale-aware formatting for money and dates. Pure (no Next.js imports): usable in server and
 * client components, route handlers and tests. Output may contain non-breaking spaces (U+00A0),
 * e.g. "1.234,50\u00a0kr." so amounts never wrap across lines.
 */
import { isoDateParts } from "../rules/dates";
import { formatMoney as formatMinorUnits } from "../rules/money";
import { TIME_ZONE, type Locale } from "./config";

/** BCP 47 tags used for Intl. English uses British conventions (day-month order, 24-hour clock). */
const INTL_LOCALE: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function dateFormat(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d|${locale}|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    cache.set(k, f);
  }
  return f;
}

// en-CA writes dates as YYYY-MM-DD.
const CALENDAR_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Copenhagen calendar day of an instant ("YYYY-MM-DD"), whatever the host's time zone. */
export function copenhagenDay(instant: Date = new Date()): string {
  return CALENDAR_DAY.format(instant);
}

/**
 * Formats an amount in minor units (øre for DKK) for the UI: `formatMoney(123450, "DKK", "da")` →
 * "1.234,50 kr.", in English "DKK 1,234.50", "€10.50". The currency's own number of decimals is
 * used (JPY 0, KWD 3). The rules engine's formatter (lib/rules/money.ts) with the locale's
 * currency symbol. Throws RangeError for non-integer amounts or unknown currency codes.
 */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`formatMoney: amount must be an integer number of minor units, got ${minor}`);
  return formatMinorUnits(minor, currency.toUpperCase(), locale, "symbol");
}

/**
 * A document's size in the locale's digits (at most one decimal): megabytes from 1 MiB
 * ({ size: "1,5", unit: "MB" }), kilobytes below (at least 0,1 kB), for the "size" texts.
 */
export function formatFileSize(bytes: number, locale: Locale): { size: string; unit: "MB" | "kB" } {
  const key = `f|${locale}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
    cache.set(key, f);
  }
  return bytes >= 1024 * 1024 ? { size: f.format(bytes / (1024 * 1024)), unit: "MB" } : { size: f.format(Math.max(bytes / 1024, 0.1)), unit: "kB" };
}

export type DateStyle = "long" | "short";

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: "numeric", month: "long", year: "numeric" },
  short: { day: "2-digit", month: "2-digit", year: "numeric" },
};

/**
 * Formats a calendar date "YYYY-MM-DD" (e.g. a treatment date) as that same day, whatever the
 * server's or browser's time zone: `formatDate("2025-03-30", "da")` → "30. marts 2025",
 * English "30 March 2025"; style "short" → "30.03.2025" / "30/03/2025".
 * A full ISO timestamp is accepted too and shown as its Copenhagen calendar day.
 * Throws RangeError for input that is not a valid date.
 */
export function formatDate(isoDate: string, locale: Locale, style: DateStyle = "long"): string {
  let instant: Date;
  if (isoDate.length === 10) {
    const parts = isoDateParts(isoDate);
    if (!parts) throw new RangeError(`formatDate: not a calendar date: ${isoDate}`);
    // Noon UTC is the same calendar day in Copenhagen (UTC+1/+2), so no off-by-one.
    instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
  } else {
    instant = new Date(isoDate);
    if (isoDate[10] !== "T" || !isoDateParts(isoDate.slice(0, 10)) || Number.isNaN(instant.getTime())) {
      throw new RangeError(`formatDate: not an ISO date: ${isoDate}`);
    }
  }
  return dateFormat(locale, style, DATE_OPTIONS[style]).format(instant);
}

/**
 * Formats an instant as Copenhagen date and time (24-hour clock):
 * "21. nov. 2025, 14.05" in Danish, "21 Nov 2025, 14:05" in English.
 * Throws RangeError for an invalid date.
 */
export function formatDateTime(date: Date | string, locale: Locale): string {
  const instant = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`formatDateTime: invalid date: ${String(date)}`);
  return dateFormat(locale, "dateTime", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
