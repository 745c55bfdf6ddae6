"use client";

import { useTranslations } from "next-intl";
import { FormError, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { joinerAction } from "@/lib/employer/actions/joiner";
import { joinerSchema } from "@/lib/employer/schemas";
import { PreviewThenConfirm } from "./change-preview";
import { usePreviewStep } from "./use-preview-step";

/** A joiner: GRP-2 dating checked on preview and again on confirm; an e-mail brings the ACC-1 invitation. */
export function JoinerForm({ today }: { today: string }) {
  const t = useTranslations("employer.joiner");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(joinerSchema, joinerAction, { startDate: today });
  const errors = form.formState.errors;
  const { firstName, lastName, birthDate, employeeNumber, startDate, email } = form.watch();
  const step = usePreviewStep(state, { firstName, lastName, birthDate, employeeNumber, startDate, email });
  return (
    <form action={formAction} onSubmit={(e) => { step.remember(); onSubmit(e); }} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" name="intent" value={step.intent} />
      <TextField label={t("firstName")} autoComplete="off" required error={te(errors.firstName?.message)} {...form.register("firstName")} />
      <TextField label={t("lastName")} autoComplete="off" required error={te(errors.lastName?.message)} {...form.register("lastName")} />
      <TextField label={t("birthDate")} hint={t("dateHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.birthDate?.message)} {...form.register("birthDate")} />
      <TextField label={t("employeeNumber")} autoComplete="off" required error={te(errors.employeeNumber?.message)} {...form.register("employeeNumber")} />
      <TextField label={t("startDate")} hint={t("startHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.startDate?.message)} {...form.register("startDate")} />
      <TextField label={t("email")} hint={t("emailHint")} type="email" autoComplete="off" error={te(errors.email?.message)} {...form.register("email")} />
      <PreviewThenConfirm preview={step.preview} pending={pending} confirmLabel={t("confirm")} />
    </form>
  );
}
