/**
 * Amounts as people type them ("450", "450,50", "1.234,50" / "1,234.50") ↔ øre. Client-safe; the
 * member's claim form and the handler's adjusted amounts both read amounts with it. Messages are
 * translation keys under `claimForm.errors`.
 */

export const AMOUNT_LOCALES = ["da", "en"] as const;
export type AmountLocale = (typeof AMOUNT_LOCALES)[number];
/** 10,000,000 kr. in øre: anything larger is a typing error, not a health bill. */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

const E = (key: string) => `claimForm.errors.${key}`;

export type AmountParse = { ok: true; minor: number } | { ok: false; messageKey: string };

const SEPARATORS: Record<AmountLocale, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * Parses an amount as the member typed it into øre: Danish "450", "450,50", "1.234,50";
 * English "450.50", "1,234.50". Spaces (also no-break spaces) may group thousands. A lone
 * "other" separator that cannot be thousands grouping ("450.50" in Danish) is read as the
 * decimal mark, because that is what the member meant. More than 2 decimals, zero, negative
 * and above 10,000,000 are refused.
 */
export function parseAmount(text: string, locale: AmountLocale): AmountParse {
  const invalid = { ok: false as const, messageKey: E("amountInvalid") };
  const raw = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^(kr\.?|dkk)/i, "").replace(/(kr\.?|dkk|,-|\.-)$/i, "");
  if (raw === "") return { ok: false, messageKey: E("amountRequired") };
  if (raw.startsWith("-")) return { ok: false, messageKey: E("amountNotPositive") };
  if (!/^[\d.,]+$/.test(raw)) return invalid;
  const { group, decimal } = SEPARATORS[locale];

  let integerPart = raw;
  let fraction = "";
  const lastDecimal = raw.lastIndexOf(decimal);
  if (lastDecimal >= 0) {
    integerPart = raw.slice(0, lastDecimal);
    fraction = raw.slice(lastDecimal + 1);
    if (fraction.includes(group) || fraction.includes(decimal)) return invalid;
  } else if (raw.includes(group) && !/^\d{1,3}(\D\d{3})+$/.test(raw.replaceAll(group, "|"))) {
    // Only the group mark, but not in groups of three: it was meant as the decimal mark.
    const lastGroup = raw.lastIndexOf(group);
    integerPart = raw.slice(0, lastGroup);
    fraction = raw.slice(lastGroup + 1);
    if (integerPart.includes(group)) return invalid;
  }
  if (integerPart.includes(group) && !/^\d{1,3}(\|\d{3})+$/.test(integerPart.replaceAll(group, "|"))) return invalid;
  const digits = integerPart.replaceAll(group, "");
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction)) return invalid;
  if (digits === "" && fraction === "") return invalid;
  if (fraction.length > 2) return { ok: false, messageKey: E("amountTooManyDecimals") };
  if (digits.length > 12) return { ok: false, messageKey: E("amountTooLarge") };
  const minor = Number(digits || "0") * 100 + Number(fraction.padEnd(2, "0") || "0");
  if (minor <= 0) return { ok: false, messageKey: E("amountNotPositive") };
  if (minor > MAX_AMOUNT_MINOR) return { ok: false, messageKey: E("amountTooLarge") };
  return { ok: true, minor };
}

/** Øre back to text the member's locale reads back ("1234,50" / "1234.50"), for drafts and tests. */
export function amountText(minor: number, locale: AmountLocale): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}${SEPARATORS[locale].decimal}${String(cents).padStart(2, "0")}`;
}
