import { z } from "zod";

/**
 * Zod schemas for what route handlers read from the URL and headers. A request that does not
 * match answers like a missing resource (404) — ids are never passed on unparsed.
 */
export const idParamSchema = z.object({ id: z.uuid() });

/** Ids arrive from URLs and forms; anything not shaped like a uuid is never sent to the database. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export const documentDownloadQuerySchema = z.object({ inline: z.enum(["0", "1"]).optional() });

export const documentUploadQuerySchema = z.object({
  claimId: z.uuid().optional(),
  contentLength: z.coerce.number().int().nonnegative().optional(),
});

export function parseSearchParams<Schema extends z.ZodType>(schema: Schema, url: URL): z.output<Schema> | null {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  return parsed.success ? parsed.data : null;
}
