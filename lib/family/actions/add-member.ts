"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { addFamilyMember, type AddOutcome } from "../add-member";
import { addMemberSchema } from "../schemas";

/** FAM-1…5, FAM-3: the main insured adds a family member; a refusal comes back with its rules. */
export const addFamilyMemberAction = createAction({
  name: "family.add",
  access: "MEMBER",
  schema: addMemberSchema,
  handler: async (input, { user, ip }) => {
    const outcome: AddOutcome = await addFamilyMember(db(), user, input, { ip, today: copenhagenDay(), locale: await requestLocale() });
    if (outcome.outcome !== "refused") revalidatePath("/member/family");
    return { status: "success", data: outcome };
  },
});
