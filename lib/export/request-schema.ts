import { z } from "zod";

/** The export request form: only its key, so a double submit makes one export. */
export const requestExportSchema = z.object({ idempotencyKey: z.uuid("export.errors.form") });
