import { z } from "zod";
import type { Locale } from "./text";

/** Amounts are integers in minor units (øre for DKK) so that no rounding drifts between steps. */
export const moneySchema = z
  .number({ error: "must be an amount in minor units (øre), e.g. 12550 for 125,50 kr." })
  .int({ message: "must be a whole number of minor units (øre), e.g. 12550 for 125,50 kr." })
  .nonnegative({ message: "must not be negative" })
  .max(Number.MAX_SAFE_INTEGER);

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 currency code such as DKK" });

/**
 * How the currency is named. "text": as the engine's explanations write it ("kr." in Danish, the
 * code "DKK"/"EUR" in English); "symbol": the locale's symbol, as the UI shows amounts ("€10.50").
 */
export type CurrencyDisplay = "text" | "symbol";

interface MoneyPattern {
  prefix: string;
  suffix: string;
  negativePrefix: string;
  negativeSuffix: string;
  group: string;
  decimal: string;
  fractionDigits: number;
  /** 10 ** fractionDigits: minor units per major unit (100 for DKK, 1 for JPY, 1000 for KWD). */
  scale: number;
  /** Zero is by far the most common amount in usage summaries ("0,00 kr. used"). */
  zero: string;
}

// Intl.NumberFormat#format costs ~0.4 µs per call; the engine formats dozens of amounts per
// claim, so the locale's pattern is learned once from Intl and applied with plain string work.
const patterns = new Map<string, MoneyPattern>();

function intlLocale(locale: Locale): string {
  return locale === "da" ? "da-DK" : "en-GB";
}

function learnPattern(currency: string, locale: Locale, display: CurrencyDisplay): MoneyPattern {
  const nf = new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency,
    currencyDisplay: display === "symbol" || locale === "da" ? "symbol" : "code",
  });
  const fractionDigits = nf.resolvedOptions().maximumFractionDigits ?? 2;
  const split = (value: number) => {
    const parts = nf.formatToParts(value);
    let prefix = "";
    let suffix = "";
    let group = "";
    let decimal = "";
    let seenNumber = false;
    for (const part of parts) {
      if (part.type === "integer" || part.type === "fraction") {
        seenNumber = true;
      } else if (part.type === "group") {
        group = part.value;
      } else if (part.type === "decimal") {
        decimal = part.value;
      } else if (seenNumber) {
        suffix += part.value;
      } else {
        prefix += part.value;
      }
    }
    return { prefix, suffix, group, decimal };
  };
  const positive = split(1234567.5);
  const negative = split(-1234567.5);
  const pattern = {
    prefix: positive.prefix,
    suffix: positive.suffix,
    negativePrefix: negative.prefix,
    negativeSuffix: negative.suffix,
    group: positive.group,
    decimal: positive.decimal || ".",
    fractionDigits,
    scale: 10 ** fractionDigits,
    zero: "",
  };
  pattern.zero = applyPattern(pattern, 1).replace("1", "0");
  return pattern;
}

function patternFor(currency: string, locale: Locale, display: CurrencyDisplay): MoneyPattern {
  const key = currency + locale + display;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    pattern = learnPattern(currency, locale, display);
    patterns.set(key, pattern);
  }
  return pattern;
}

function pad3(value: number): string {
  return value < 10 ? "00" + value : value < 100 ? "0" + value : "" + value;
}

// Arithmetic grouping: avoids slicing digit strings for the common amounts below a billion.
function groupDigits(major: number, separator: string): string {
  if (major < 1000) return "" + major;
  if (major < 1_000_000) {
    const thousands = Math.floor(major / 1000);
    return thousands + separator + pad3(major - thousands * 1000);
  }
  if (major < 1_000_000_000) {
    const millions = Math.floor(major / 1_000_000);
    const rest = major - millions * 1_000_000;
    const thousands = Math.floor(rest / 1000);
    return millions + separator + pad3(thousands) + separator + pad3(rest - thousands * 1000);
  }
  const digits = String(major);
  let out = "";
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) {
    out += (out.length > 0 ? separator : "") + digits.slice(i, i + 3);
  }
  return out;
}

/**
 * The one money formatter (lib/i18n/format.ts's formatMoney is this with display "symbol"):
 * an amount in minor units as Intl.NumberFormat formats it for the locale, with the currency's
 * own number of decimals (JPY 0, KWD 3): da → "1.234,50 kr.", en → "DKK 1,234.50" (the space
 * is Intl's no-break space U+00A0). Throws RangeError for an unknown currency code.
 */
export function formatMoney(amountMinor: number, currency: string, locale: Locale, display: CurrencyDisplay = "text"): string {
  return applyPattern(patternFor(currency, locale, display), amountMinor);
}

/** A formatter bound to one currency and locale, for callers formatting many amounts. */
export function moneyFormatter(currency: string, locale: Locale, display: CurrencyDisplay = "text"): (amountMinor: number) => string {
  const pattern = patternFor(currency, locale, display);
  return (amountMinor) => applyPattern(pattern, amountMinor);
}

function applyPattern(pattern: MoneyPattern, amountMinor: number): string {
  if (amountMinor === 0 && pattern.zero !== "") return pattern.zero;
  const negative = amountMinor < 0;
  const abs = Math.abs(Math.round(amountMinor));
  const major = Math.floor(abs / pattern.scale);
  const minor = abs - major * pattern.scale;
  let text = groupDigits(major, pattern.group);
  if (pattern.fractionDigits === 2) {
    text += pattern.decimal + (minor < 10 ? "0" + minor : String(minor));
  } else if (pattern.fractionDigits > 0) {
    text += pattern.decimal + String(minor).padStart(pattern.fractionDigits, "0");
  }
  return negative
    ? pattern.negativePrefix + text + pattern.negativeSuffix
    : pattern.prefix + text + pattern.suffix;
}

/** Formats a percentage the way each locale writes it: "20 %" (no-break space) in Danish, "20%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
  const text = Number.isInteger(percent)
    ? String(percent)
    : locale === "da"
      ? String(percent).replace(".", ",")
      : String(percent);
  return locale === "da" ? text + "\u00a0%" : text + "%";
}
