"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroupField } from "@/components/claims/form/radio-group-field";
import { endCoverAction } from "@/lib/family/actions/end-cover";
import { endCoverSchema } from "@/lib/family/schemas";

/** End a family member's cover (or the main insured's own, FAM-6) at the end of a month. */
export function EndCoverForm({ enrolmentId, today, isMain }: { enrolmentId: string; today: string; isMain: boolean }) {
  const t = useTranslations("family");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(endCoverSchema, endCoverAction, { enrolmentId, endDate: today, reason: isMain ? "MAIN_INSURED_LEFT" : "REQUEST" });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" {...form.register("enrolmentId")} />
      <TextField label={t("end.endDate")} hint={t("add.dateHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(form.formState.errors.endDate?.message)} {...form.register("endDate")} />
      {isMain ? (
        <RadioGroupField legend={t("end.reason")} options={(["MAIN_INSURED_LEFT", "MAIN_INSURED_DIED"] as const).map((r) => ({ value: r, label: t(`end.reasons.${r}`) }))} {...form.register("reason")} />
      ) : (
        <input type="hidden" {...form.register("reason")} />
      )}
      <div>
        <SubmitButton pending={pending} pendingLabel={t("end.submitting")}>
          {t("end.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
