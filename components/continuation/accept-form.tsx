"use client";

import { useTranslations } from "next-intl";
import { FormError, SubmitButton, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptContinuationAction } from "@/lib/continuation/actions/accept";
import { acceptContinuationSchema } from "@/lib/continuation/schema";

/** GRP-4: "Yes, continue my cover". The same schema as the action; the server re-checks the offer. */
export function AcceptContinuationForm({ offerId }: { offerId: string }) {
  const t = useTranslations("continuation");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(acceptContinuationSchema, acceptContinuationAction, { offerId });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col items-start gap-4">
      <FormError message={te(state.status === "error" ? (state.formError ?? state.fieldErrors.offerId?.[0]) : undefined)} />
      <input type="hidden" {...form.register("offerId")} />
      <SubmitButton pending={pending} pendingLabel={t("accepting")}>
        {t("accept")}
      </SubmitButton>
    </form>
  );
}
