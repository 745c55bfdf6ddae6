"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { rejectClaimAction } from "@/lib/claims/review/actions";
import { rejectClaimSchema } from "@/lib/claims/review/schemas";
import { TextAreaField } from "@/components/forms";
import { RulePicker } from "./rule-picker";
import { useObjectAction } from "./use-object-action";

/** Rejects every line of the claim with one rule id (required) and reason. */
export function RejectClaimForm({ claimId }: { claimId: string }) {
  const t = useTranslations("handler");
  const te = useTranslatedError();
  const form = useForm<z.input<typeof rejectClaimSchema>>({
    resolver: zodResolver(rejectClaimSchema),
    defaultValues: { claimId, ruleId: "" as never, reason: "" },
    mode: "onTouched",
  });
  const { state, pending, submit } = useObjectAction(form, rejectClaimAction);
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={t("reject.title")}>
      {state.status === "success" ? <FormSuccess message={t("reject.done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <RulePicker
        id="reject-ruleId"
        className="max-w-md"
        control={form.control}
        name="ruleId"
        label={t("reject.ruleId")}
        required
        error={te(errors.ruleId?.message)}
      />
      <TextAreaField id="reject-reason" label={t("reject.reason")} required error={te(errors.reason?.message)} {...form.register("reason")} />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("reject.submitting")}>
          {t("reject.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
