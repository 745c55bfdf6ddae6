"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { newUuid } from "@/components/claims/form/uuid";
import { requestExportAction } from "@/lib/export/actions/request-export";
import { requestExportSchema } from "@/lib/export/request-schema";

/**
 * "Prepare my data". The form's key makes a double click one export (the server also returns the
 * export still being prepared); after a success it takes a fresh key for the next export.
 */
export function ExportRequestForm() {
  const t = useTranslations("export");
  const te = useTranslatedError();
  const [key] = useState(newUuid);
  const { form, state, formAction, pending, onSubmit } = useActionForm(requestExportSchema, requestExportAction, { idempotencyKey: key });

  useEffect(() => {
    if (state.status === "success") form.setValue("idempotencyKey", newUuid());
  }, [state, form]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col items-start gap-4">
      <FormSuccess message={state.status === "success" ? t("requested") : null} />
      <FormError message={te(state.status === "error" ? (state.formError ?? state.fieldErrors.idempotencyKey?.[0]) : undefined)} />
      <input type="hidden" {...form.register("idempotencyKey")} />
      <SubmitButton pending={pending} pendingLabel={t("requesting")}>
        {t("request")}
      </SubmitButton>
    </form>
  );
}
