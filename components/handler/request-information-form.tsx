"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { requestInformationAction } from "@/lib/claims/review/actions";
import { requestInformationSchema } from "@/lib/claims/review/schemas";
import { TextAreaField } from "@/components/forms";
import { RulePicker } from "./rule-picker";
import { useObjectAction } from "./use-object-action";

/** Asks the member for what is missing: a task in the portal + a mail without health details. */
export function RequestInformationForm({ claimId, suggestedRuleId }: { claimId: string; suggestedRuleId?: string }) {
  const t = useTranslations("handler");
  const te = useTranslatedError();
  const form = useForm<z.input<typeof requestInformationSchema>>({
    resolver: zodResolver(requestInformationSchema),
    defaultValues: { claimId, ruleId: (suggestedRuleId ?? "") as never, text: "" },
    mode: "onTouched",
  });
  const { state, pending, submit } = useObjectAction(form, requestInformationAction);
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={t("requestInformation.title")}>
      {state.status === "success" ? <FormSuccess message={t("requestInformation.done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <RulePicker
        id="info-ruleId"
        className="max-w-md"
        control={form.control}
        name="ruleId"
        label={t("requestInformation.ruleId")}
        required
        error={te(errors.ruleId?.message)}
      />
      <TextAreaField
        id="info-text"
        label={t("requestInformation.text")}
        hint={t("requestInformation.textHint")}
        required
        error={te(errors.text?.message)}
        {...form.register("text")}
      />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("requestInformation.submitting")}>
          {t("requestInformation.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
