"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess, SubmitButton, TextAreaField, useTranslatedError } from "@/components/forms";
import { decideComplaintAction } from "@/lib/claims/review/complaint-actions";
import { complaintDecisionSchema, COMPLAINT_OUTCOMES, type ComplaintDecisionInput } from "@/lib/claims/complaints/schemas";
import { useObjectAction } from "./use-object-action";

/** CLM-5: the handler upholds or refuses the open complaint, with reasons the member reads. */
export function ComplaintDecisionForm({ complaintId }: { complaintId: string }) {
  const t = useTranslations("complaints.decide");
  const te = useTranslatedError();
  const form = useForm<ComplaintDecisionInput>({ resolver: zodResolver(complaintDecisionSchema), defaultValues: { complaintId, reasons: "" }, mode: "onTouched" });
  const { state, pending, submit } = useObjectAction(form, decideComplaintAction);
  if (state.status === "success" && state.message) return <FormSuccess message={te(state.message)} />;
  const outcomeError = te(form.formState.errors.outcome?.message);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={t("title")}>
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <fieldset aria-describedby={outcomeError ? "complaint-outcome-error" : undefined} className="flex flex-col gap-2">
        <legend className="mb-1 font-medium text-ink">{t("outcome")}</legend>
        {COMPLAINT_OUTCOMES.map((outcome) => (
          <label key={outcome} className="flex min-h-11 items-start gap-2">
            <input type="radio" value={outcome} className="mt-1 h-5 w-5" {...form.register("outcome")} />
            <span>{t(outcome)}</span>
          </label>
        ))}
        {outcomeError ? (
          <p id="complaint-outcome-error" className="text-sm font-medium text-danger">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField id="complaint-reasons" label={t("reasons")} required rows={4} error={te(form.formState.errors.reasons?.message)} {...form.register("reasons")} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
