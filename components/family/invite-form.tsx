"use client";

import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { inviteAction } from "@/lib/family/actions/invite";
import { inviteSchema } from "@/lib/family/schemas";

/** ACC-1: send a family member an activation code for their own login. */
export function InviteForm({ personId, name }: { personId: string; name: string }) {
  const t = useTranslations("family.invite");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(inviteSchema, inviteAction, { personId, email: "" });
  const fieldId = `invite-email-${personId}`;
  if (state.status === "success") return <FormSuccess message={t("sent")} />;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" {...form.register("personId")} />
      <TextField id={fieldId} label={t("email", { name })} type="email" autoComplete="off" required error={te(form.formState.errors.email?.message)} {...form.register("email")} />
      <SubmitButton pending={pending} pendingLabel={t("sending")} variant="secondary">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
