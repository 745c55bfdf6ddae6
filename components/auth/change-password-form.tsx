"use client";

import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/auth/actions/change-password";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";

export function ChangePasswordForm() {
  const t = useTranslations("auth.changePassword");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(changePasswordSchema, changePasswordAction, {
    currentPassword: "",
    password: "",
    confirmPassword: "",
  });
  const errors = form.formState.errors;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state.status === "success" ? <FormSuccess message={t("done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        error={te(errors.currentPassword?.message)}
        {...form.register("currentPassword")}
      />
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
