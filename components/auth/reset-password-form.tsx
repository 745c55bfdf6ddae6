"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { resetPasswordAction } from "@/lib/auth/actions/password-reset";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    token,
    password: "",
    confirmPassword: "",
  });
  const errors = form.formState.errors;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={te(state.status === "error" ? (state.formError ?? state.fieldErrors.token?.[0]) : undefined)} />
      <input type="hidden" {...form.register("token")} />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        required
        error={te(errors.password?.message, { min: PASSWORD_MIN_LENGTH })}
        {...form.register("password")}
      />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        error={te(errors.confirmPassword?.message)}
        {...form.register("confirmPassword")}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
