import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { clientIp } from "../auth/request-meta";
import { toLocale, type Locale } from "../i18n/config";

/** What page loaders read of the request besides the session: the reader's language and address. */

/** The language the reader uses the portal in (the locale cookie, through next-intl), always a supported one. */
export async function requestLocale(): Promise<Locale> {
  return toLocale(await getLocale());
}

/** The client's address, for the audit rows of health-data reads. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** A page's `searchParams`, as Next.js hands them over. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** One search parameter as a non-empty string; repeated or empty is absent. */
export function oneSearchParam(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}
