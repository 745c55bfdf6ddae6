"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../db/client";
import { requestExportJob } from "../../jobs/export-queue";
import { createAction } from "../../server/action";
import { requestExport } from "../exports";
import { requestExportSchema } from "../request-schema";

/** "Export my data": session → the form's schema → member → can("export.request"), one export per key (audited) → the job. */
export const requestExportAction = createAction({
  name: "export.request",
  access: "MEMBER",
  schema: requestExportSchema,
  handler: async (input, { user, ip }) => {
    const { exportId } = await requestExport(db(), user, input, { ip });
    // Sent again for an export already asked for: the job is a singleton per export and skips a finished one.
    await requestExportJob(exportId);
    revalidatePath("/member/export");
    return { status: "success", data: { exportId }, message: "export.requested" };
  },
});
