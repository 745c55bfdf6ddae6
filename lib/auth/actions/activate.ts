"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { Refusal } from "../../server/refusal";
import { activateAccount } from "../accounts";
import { signIn } from "../next-auth";
import { activationSchema } from "../schemas";

export const activateAction = createAction({
  name: "auth.activate",
  access: "public",
  schema: activationSchema,
  handler: async (input, { ip }) => {
    const result = await activateAccount(db(), { ...input, ip });
    if (!result.ok) throw new Refusal(result.messageKey, result.field);
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/member?welcome=1" });
    return { status: "success", data: undefined };
  },
});
