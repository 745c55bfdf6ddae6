"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { ActionRefusal, createAction } from "../../server/action";
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
      if (error instanceof CredentialsSignin) throw new ActionRefusal(REFUSALS[error.code] ?? "auth.errors.invalidCredentials");
      if (error instanceof AuthError) throw new ActionRefusal("auth.errors.invalidCredentials");
      throw error; // NEXT_REDIRECT on success
    }
    return { status: "success", data: undefined };
  },
});
