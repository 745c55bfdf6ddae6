"use server";
import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
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
      throw error; // NEXT_REDIRECT on success
    }
    return { status: "success", data: undefined };
  },
});
