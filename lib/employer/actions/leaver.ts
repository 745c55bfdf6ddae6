"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { removeLeaver, type ChangePreview } from "../changes";
import { leaverSchema } from "../schemas";

/** Preview a leaver (ELG-4 end of cover, retroactive warning, premium change), then confirm. */
export const leaverAction = createAction({
  name: "employer.leaver",
  access: "EMPLOYER_ADMIN",
  schema: leaverSchema,
  handler: async (input, { user, ip }) => {
    const preview: ChangePreview = await removeLeaver(db(), user, input, { ip, today: copenhagenDay(), locale: await requestLocale() });
    if (input.intent === "preview" || preview.outcome === "unchanged") return { status: "success", data: preview };
    revalidatePath("/employer", "layout");
    redirect("/employer/staff?done=left");
  },
});
