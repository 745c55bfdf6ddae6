"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FieldShell, FormError, SubmitButton, fieldAria, useTranslatedError } from "@/components/forms";
import { uploadImportAction } from "@/lib/employer/actions/import";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/** The file's bytes as base64: the server decodes them (UTF-8 with or without BOM) and checks every row. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload → dry run. Needs JavaScript (the file is read in the browser); the page says so. */
export function ImportUploadForm() {
  const t = useTranslations("employer.import");
  const te = useTranslatedError();
  const [state, action, pending] = useActionState(uploadImportAction, IDLE as ActionResult<undefined>);
  const [missing, setMissing] = useState(false);
  const fileError = missing ? te("employer.import.fileErrors.required") : state.status === "error" ? te(state.fieldErrors.file?.[0] ?? state.fieldErrors.fileName?.[0]) : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("csv") as HTMLInputElement).files?.[0];
    setMissing(!file);
    if (!file) return;
    const payload = new FormData();
    payload.set("fileName", file.name);
    payload.set("file", await base64Of(file));
    startTransition(() => action(payload));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <FieldShell inputId="csv" label={t("file")} required hint={t("fileHint")} error={fileError}>
        <input id="csv" name="csv" type="file" accept=".csv,text/csv" className="block w-full" {...fieldAria("csv", { hint: t("fileHint"), error: fileError, required: true })} />
      </FieldShell>
      <div>
        <SubmitButton pending={pending} pendingLabel={t("checking")}>
          {t("check")}
        </SubmitButton>
      </div>
    </form>
  );
}
