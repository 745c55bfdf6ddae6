"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { Refusal } from "../../server/refusal";
import { changePassword } from "../accounts";
import { changePasswordSchema } from "../schemas";

export const changePasswordAction = createAction({
  name: "auth.changePassword",
  access: "signed-in",
  schema: changePasswordSchema,
  handler: async (input, { user, ip }) => {
    const result = await changePassword(db(), { userId: user.userId, sessionId: user.sessionId, currentPassword: input.currentPassword, password: input.password, ip });
    if (!result.ok) throw new Refusal(result.messageKey, result.field);
    return { status: "success", data: undefined, message: "auth.changePassword.done" };
  },
});
