"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { loginAction } from "@/lib/auth/actions/login";
import { loginSchema } from "@/lib/auth/schemas";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.login");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(loginSchema, loginAction, {
    email: "",
    password: "",
    callbackUrl,
  });
  const errors = form.formState.errors;
  const values = state.status === "error" ? state.values : {};

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <input type="hidden" {...form.register("callbackUrl")} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={values.email}
        error={te(errors.email?.message)}
        {...form.register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        error={te(errors.password?.message)}
        {...form.register("password")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
