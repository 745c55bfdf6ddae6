"use server";
import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "../../db/client";
import { env } from "../../env";
import { toLocale } from "../../i18n/config";
import { kickOutbox } from "../../mail/outbox";
import { createAction } from "../../server/action";
import { Refusal } from "../../server/refusal";
import { requestPasswordReset, resetPassword } from "../accounts";
import { requestResetSchema, resetPasswordSchema } from "../schemas";

export const requestResetAction = createAction({
  name: "auth.requestReset",
  access: "public",
  schema: requestResetSchema,
  handler: async (input, { ip }) => {
    const locale = await getLocale();
    await requestPasswordReset(db(), { email: input.email, appUrl: env().APP_URL, locale: toLocale(locale), ip });
    kickOutbox(db());
    return { status: "success", data: undefined, message: "auth.reset.sent" };
  },
});

export const resetPasswordAction = createAction({
  name: "auth.resetPassword",
  access: "public",
  schema: resetPasswordSchema,
  handler: async (input, { ip }) => {
    const result = await resetPassword(db(), { token: input.token, password: input.password, ip });
    if (!result.ok) throw new Refusal(result.messageKey, result.field);
    redirect("/login?reset=1");
  },
});
