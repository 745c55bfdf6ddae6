"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { addJoiner, type ChangePreview } from "../changes";
import { joinerSchema } from "../schemas";

/** Preview a joiner (dates, premium change), then confirm: enrolled, invited (ACC-1), audited. */
export const joinerAction = createAction({
  name: "employer.joiner",
  access: "EMPLOYER_ADMIN",
  schema: joinerSchema,
  handler: async (input, { user, ip }) => {
    const preview: ChangePreview = await addJoiner(db(), user, input, { ip, today: copenhagenDay(), locale: await requestLocale() });
    if (input.intent === "preview" || preview.outcome === "unchanged") return { status: "success", data: preview };
    revalidatePath("/employer", "layout");
    redirect("/employer/staff?done=joined");
  },
});
