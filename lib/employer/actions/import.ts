"use server";
import "server-only";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { requestImportApply } from "../../jobs/employer-import";
import { createAction } from "../../server/action";
import { confirmImport, dryRunImport } from "../import";
import { EmployerRefusal } from "../refusal";
import { confirmImportSchema, uploadImportSchema } from "../schemas";

/** Upload → dry run: the file (base64 from the browser) is checked row by row, nothing applied. */
export const uploadImportAction = createAction({
  name: "employer.import_upload",
  access: "EMPLOYER_ADMIN",
  schema: uploadImportSchema,
  handler: async (input, { user, ip }) => {
    const outcome = await dryRunImport(db(), user, { name: input.fileName, bytes: Buffer.from(input.file, "base64") }, { ip, today: copenhagenDay() });
    if (!outcome.ok) throw new EmployerRefusal(`employer.import.fileErrors.${outcome.error}`, "file");
    redirect(`/employer/import/${outcome.importId}`);
  },
});

/** Confirm → the pg-boss job applies the import in one transaction; the page shows its progress. */
export const confirmImportAction = createAction({
  name: "employer.import_confirm",
  access: "EMPLOYER_ADMIN",
  schema: confirmImportSchema,
  handler: async (input, { user, ip }) => {
    await confirmImport(db(), user, input.importId, { ip, today: copenhagenDay() });
    await requestImportApply(input.importId);
    redirect(`/employer/import/${input.importId}`);
  },
});
