"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { inviteFamilyMember } from "../invite";
import { inviteSchema } from "../schemas";

/** ACC-1: the main insured sends an activation code to a family member's e-mail. */
export const inviteAction = createAction({
  name: "family.invite",
  access: "MEMBER",
  schema: inviteSchema,
  handler: async (input, { user, ip }) => {
    await inviteFamilyMember(db(), user, input, { ip, today: copenhagenDay(), locale: await requestLocale() });
    revalidatePath("/member/family");
    return { status: "success", data: undefined };
  },
});
