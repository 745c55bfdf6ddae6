"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SelectField, SubmitButton, useTranslatedError } from "@/components/forms";
import type { HandlerOption } from "@/lib/claims/review/assign";
import { assignClaimSchema } from "@/lib/claims/review/schemas";
import { assignClaimAction } from "@/lib/claims/review/workflow-actions";
import { useObjectAction } from "./use-object-action";

/** Who works on the claim: take it, or give it to a colleague of the same insurer. */
export function AssignForm({ claimId, assignedId, userId, colleagues }: { claimId: string; assignedId: string | null; userId: string; colleagues: HandlerOption[] }) {
  const t = useTranslations("handler.assign");
  const te = useTranslatedError();
  const form = useForm<z.input<typeof assignClaimSchema>>({
    resolver: zodResolver(assignClaimSchema),
    defaultValues: { claimId, handlerId: assignedId && assignedId !== userId ? assignedId : userId },
    mode: "onTouched",
  });
  const { state, pending, submit } = useObjectAction(form, assignClaimAction);
  const options = colleagues.map((colleague) => ({ value: colleague.id, label: colleague.id === userId ? t("me", { name: colleague.name }) : colleague.name }));
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t("title")}>
      <SelectField id="assign-handler" className="sm:max-w-xs" label={t("to")} options={options} required error={te(form.formState.errors.handlerId?.message)} {...form.register("handlerId")} />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      {state.status === "success" ? <FormSuccess message={t("done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
    </form>
  );
}
