"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, TextAreaField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroupField } from "@/components/claims/form/radio-group-field";
import { decideEnrolmentAction } from "@/lib/family/actions/decide-enrolment";
import { enrolmentDecisionSchema } from "@/lib/family/schemas";

/** FAM-3: accept, or refuse with a reason the member sees. */
export function EnrolmentDecisionForm({ enrolmentId }: { enrolmentId: string }) {
  const t = useTranslations("family.handler");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(enrolmentDecisionSchema, decideEnrolmentAction, { enrolmentId });
  const errors = form.formState.errors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <input type="hidden" {...form.register("enrolmentId")} />
      <RadioGroupField
        legend={t("decision")}
        required
        options={[{ value: "ACCEPTED", label: t("accept") }, { value: "REFUSED", label: t("refuse") }]}
        error={te(errors.decision?.message)}
        {...form.register("decision")}
      />
      <TextAreaField label={t("note")} rows={3} error={te(errors.note?.message)} {...form.register("note")} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("deciding")}>
          {t("decide")}
        </SubmitButton>
      </div>
    </form>
  );
}
