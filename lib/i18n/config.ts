export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "da";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Calendar dates are Copenhagen days whatever the server's zone. */
export const TIME_ZONE = "Europe/Copenhagen";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The one locale fallback: a supported locale as it is, anything else (unset, unknown) the default. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
