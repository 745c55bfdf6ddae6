"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { postClaimMessageAction } from "@/lib/claims/member/actions/message";
import { claimMessageSchema, MESSAGE_MAX_LENGTH } from "@/lib/claims/member/follow-up-schemas";

/** ACC-4: write to the handler. Posts natively without JavaScript; with it, checked first in the browser. */
export function MessageForm({ claimId }: { claimId: string }) {
  const t = useTranslations("claims.messages");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(claimMessageSchema, postClaimMessageAction, { claimId, body: "" });
  const handled = useRef<unknown>(null);
  const error = form.formState.errors.body?.message;

  useEffect(() => {
    if (state.status === "success" && handled.current !== state) {
      handled.current = state;
      form.reset({ claimId, body: "" });
    }
  }, [state, form, claimId]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <FormSuccess message={state.status === "success" ? t("sent") : null} />
      <input type="hidden" {...form.register("claimId")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="message-body" className="font-medium text-ink">
          {t("label")}
        </label>
        {error ? (
          <p id="body-error" className="text-sm font-medium text-danger">
            {te(error)}
          </p>
        ) : null}
        <textarea
          id="message-body"
          rows={4}
          maxLength={MESSAGE_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "body-error" : undefined}
          className="block w-full rounded-md border border-field bg-white px-3 py-2 text-base text-ink"
          {...form.register("body")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel={t("sending")} variant="secondary">
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}
