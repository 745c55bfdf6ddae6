"use client";

import { useTranslations } from "next-intl";
import { FormError, SelectField, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { leaverAction } from "@/lib/employer/actions/leaver";
import { LEAVE_REASONS, leaverSchema } from "@/lib/employer/schemas";
import { PreviewThenConfirm } from "./change-preview";
import { usePreviewStep } from "./use-preview-step";

/** A leaver: ELG-4 end of cover, GRP-2 dating, the retroactive warning, shown before confirming. */
export function LeaverForm({ enrolmentId, today }: { enrolmentId: string; today: string }) {
  const t = useTranslations("employer.leaver");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(leaverSchema, leaverAction, { enrolmentId, employmentEndDate: today, reason: "employment_ended" });
  const errors = form.formState.errors;
  const { employmentEndDate, reason } = form.watch();
  const step = usePreviewStep(state, { employmentEndDate, reason });
  return (
    <form action={formAction} onSubmit={(e) => { step.remember(); onSubmit(e); }} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" {...form.register("enrolmentId")} />
      <input type="hidden" name="intent" value={step.intent} />
      <TextField label={t("employmentEndDate")} hint={t("endHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.employmentEndDate?.message)} {...form.register("employmentEndDate")} />
      <SelectField label={t("reason")} options={LEAVE_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))} required error={te(errors.reason?.message)} {...form.register("reason")} />
      <PreviewThenConfirm preview={step.preview} pending={pending} confirmLabel={t("confirm")} />
    </form>
  );
}
