"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SubmitButton, TextAreaField, useTranslatedError } from "@/components/forms";
import { confirmAcuteIllnessAction } from "@/lib/claims/review/workflow-actions";
import { confirmAcuteIllnessSchema } from "@/lib/claims/review/schemas";
import { useObjectAction } from "./use-object-action";

/** ELG-2: the handler records that the medical adviser confirmed an acute serious illness. */
export function AcuteIllnessForm({ claimId }: { claimId: string }) {
  const t = useTranslations("handler.acuteIllness");
  const te = useTranslatedError();
  const form = useForm<z.input<typeof confirmAcuteIllnessSchema>>({ resolver: zodResolver(confirmAcuteIllnessSchema), defaultValues: { claimId, note: "" }, mode: "onTouched" });
  const { state, pending, submit } = useObjectAction(form, confirmAcuteIllnessAction);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={t("title")}>
      {state.status === "success" ? <FormSuccess message={t("done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <p className="max-w-prose text-muted">{t("lead")}</p>
      <TextAreaField id="acute-note" label={t("note")} required error={te(form.formState.errors.note?.message)} {...form.register("note")} />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
