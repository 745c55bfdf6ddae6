"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { endCover } from "../end-cover";
import { endCoverSchema } from "../schemas";

export const endCoverAction = createAction({
  name: "family.end_cover",
  access: "MEMBER",
  schema: endCoverSchema,
  handler: async (input, { user, ip }) => {
    await endCover(db(), user, input, { ip, today: copenhagenDay() });
    revalidatePath("/member", "layout");
    redirect("/member/family?done=ended");
  },
});
