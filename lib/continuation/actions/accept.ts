"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { acceptContinuation } from "../accept";
import { acceptContinuationSchema } from "../schema";

/** GRP-4: the leaver accepts continuation on individual terms (can() on the loaded offer; a double submit is one). */
export const acceptContinuationAction = createAction({
  name: "continuation.accept",
  access: "MEMBER",
  schema: acceptContinuationSchema,
  handler: async (input, { user, ip }) => {
    await acceptContinuation(db(), user, input.offerId, { ip, today: copenhagenDay() });
    revalidatePath("/member", "layout");
    redirect("/member/continuation?accepted=1");
  },
});
