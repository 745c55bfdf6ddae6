import { TIME_ZONE } from "../i18n/config";

const PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "longOffset",
});

/**
 * An instant as ISO 8601 in Copenhagen time with its offset ("2026-12-07T15:04:05+01:00"): what a
 * member reads in their export is the clock they lived by, and it is still an exact instant (FHIR
 * dateTime/instant accept the offset).
 */
export function copenhagenIso(instant: Date): string {
  const parts = PARTS.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const offset = part("timeZoneName").replace("GMT", "") || "+00:00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:${part("second")}${offset}`;
}

export { isoDay } from "../db/date-column";
