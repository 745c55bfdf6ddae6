"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { renewGrantAction } from "@/lib/family/actions/grants";
import { renewGrantSchema } from "@/lib/family/schemas";

/** Renew for 12 months from today (ACC-3), password re-entered. */
export function RenewGrantForm({ consentId }: { consentId: string }) {
  const t = useTranslations("family.consents");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(renewGrantSchema, renewGrantAction, { consentId });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" {...form.register("consentId")} />
      <TextField id={`renew-password-${consentId}`} label={t("password")} type="password" autoComplete="current-password" required error={te(form.formState.errors.password?.message)} {...form.register("password")} />
      <SubmitButton pending={pending} pendingLabel={t("renewing")} variant="secondary">
        {t("renew")}
      </SubmitButton>
    </form>
  );
}
