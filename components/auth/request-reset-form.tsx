"use client";

import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestResetAction } from "@/lib/auth/actions/password-reset";
import { requestResetSchema } from "@/lib/auth/schemas";

export function RequestResetForm() {
  const t = useTranslations("auth.reset");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(requestResetSchema, requestResetAction, { email: "" });
  const errors = form.formState.errors;

  if (state.status === "success") return <FormSuccess message={t("sent")} />;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.status === "error" ? state.values.email : undefined}
        error={te(errors.email?.message)}
        {...form.register("email")}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
