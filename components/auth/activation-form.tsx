"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { activateAction } from "@/lib/auth/actions/activate";
import { activationSchema, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";

export function ActivationForm() {
  const t = useTranslations("auth.activate");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(activationSchema, activateAction, {
    memberNumber: "",
    activationCode: "",
    email: "",
    password: "",
    confirmPassword: "",
  });
  const errors = form.formState.errors;
  const values = state.status === "error" ? state.values : {};

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-2 text-lg font-semibold">{t("identify")}</legend>
        <TextField
          label={t("memberNumber")}
          hint={t("memberNumberHint")}
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={values.memberNumber}
          error={te(errors.memberNumber?.message)}
          {...form.register("memberNumber")}
        />
        <TextField
          label={t("activationCode")}
          hint={t("activationCodeHint")}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          required
          error={te(errors.activationCode?.message)}
          {...form.register("activationCode")}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-2 text-lg font-semibold">{t("chooseLogin")}</legend>
        <TextField
          label={t("email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={values.email}
          error={te(errors.email?.message)}
          {...form.register("email")}
        />
        <TextField
          label={t("password")}
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
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
