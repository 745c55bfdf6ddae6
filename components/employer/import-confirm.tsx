"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton, useTranslatedError } from "@/components/forms";
import { confirmImportAction } from "@/lib/employer/actions/import";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/** Confirm the dry run: the rows marked "join"/"leave" are applied by a background job. */
export function ImportConfirmForm({ importId, changes }: { importId: string; changes: number }) {
  const t = useTranslations("employer.import");
  const te = useTranslatedError();
  const [state, action, pending] = useActionState(confirmImportAction, IDLE as ActionResult<undefined>);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormError message={state.status === "error" ? te(state.formError ?? state.fieldErrors.importId?.[0]) : null} />
      <input type="hidden" name="importId" value={importId} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("confirming")}>
          {t("confirm", { changes })}
        </SubmitButton>
      </div>
    </form>
  );
}

/** While the job runs, the page is rendered again every second: its progress comes from the database. */
export function ImportProgressRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
