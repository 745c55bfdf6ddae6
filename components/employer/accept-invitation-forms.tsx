"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationExistingAction, acceptInvitationNewAction } from "@/lib/employer/actions/accept-invitation";
import { acceptInvitationNewSchema } from "@/lib/employer/admin-schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/** Someone new: their name and a password, as the activation flow asks; then signed in to /employer. */
export function AcceptInvitationNewForm({ token }: { token: string }) {
  const t = useTranslations("employerAdmins.invitation");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(acceptInvitationNewSchema, acceptInvitationNewAction, { token, displayName: "", password: "", confirmPassword: "" });
  const errors = form.formState.errors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={te(state.status === "error" ? (state.formError ?? state.fieldErrors.token?.[0]) : undefined)} />
      <input type="hidden" {...form.register("token")} />
      <TextField label={t("name")} autoComplete="name" required error={te(errors.displayName?.message)} {...form.register("displayName")} />
      <TextField label={t("password")} type="password" autoComplete="new-password" hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })} required error={te(errors.password?.message, { min: PASSWORD_MIN_LENGTH })} {...form.register("password")} />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" required error={te(errors.confirmPassword?.message)} {...form.register("confirmPassword")} />
      <SubmitButton pending={pending} pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}

/** A signed-in user with the invited address accepts with one button. */
export function AcceptInvitationExistingForm({ token }: { token: string }) {
  const t = useTranslations("employerAdmins.invitation");
  const te = useTranslatedError();
  const [state, action, pending] = useActionState(acceptInvitationExistingAction, IDLE as ActionResult<undefined>);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormError message={state.status === "error" ? te(state.formError ?? state.fieldErrors.token?.[0]) : null} />
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
      </div>
    </form>
  );
}
