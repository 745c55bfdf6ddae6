"use server";
import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { db } from "../../db/client";
import { adoptLocaleAtSignIn } from "../../i18n/user-locale";
import { createAction } from "../../server/action";
import { Refusal } from "../../server/refusal";
import { signIn } from "../next-auth";
import { loginSchema } from "../schemas";

const REFUSALS: Record<string, string> = {
  throttled: "auth.errors.tooManyAttempts",
  disabled: "auth.errors.accountDisabled",
};

export const loginAction = createAction({
  name: "auth.login",
  access: "public",
  schema: loginSchema,
  handler: async (input) => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: input.callbackUrl ?? "/" });
    } catch (error) {
      if (error instanceof CredentialsSignin) throw new Refusal(REFUSALS[error.code] ?? "auth.errors.invalidCredentials");
      if (error instanceof AuthError) throw new Refusal("auth.errors.invalidCredentials");
      // NEXT_REDIRECT on success: the account and this browser agree on the language (issue 14).
      if (isRedirectError(error)) await adoptLocaleAtSignIn(db(), input.email);
      throw error;
    }
    return { status: "success", data: undefined };
  },
});
